#!/usr/bin/env bash
# Installs what is missing and runs every test. CI calls this.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/ensure-dotnet.sh
bash scripts/ensure-node.sh
dotnet build Rollup.sln -c Release -v quiet -nologo
log=$(mktemp)
set +e
dotnet test Rollup.sln -c Release --no-build -v quiet -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One summary line over all test assemblies.
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "error: no tests ran" >&2
  exit 1
fi
exit "$status"
