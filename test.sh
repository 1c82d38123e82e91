#!/usr/bin/env bash
# Installs what is missing and runs every test. CI calls this.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/ensure-dotnet.sh
bash scripts/ensure-node.sh
# The .NET settlement-client tests deploy the contracts from Hardhat's artifacts.
NO_COLOR=1 node_modules/.bin/node node_modules/.bin/hardhat build --quiet >/dev/null
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
# The settlement contracts' Solidity and node:test suites, on the Node 22 from node_modules.
set +e
NO_COLOR=1 FORCE_COLOR=0 node_modules/.bin/node node_modules/.bin/hardhat test 2>&1 | tee "$log"
hardhat_status=${PIPESTATUS[0]}
set -e
hardhat_passed=$(awk '/^[0-9]+ passing/ {s+=$1} END {print s+0}' "$log")
hardhat_failed=$(awk '/^[0-9]+ failing/ {s+=$1} END {print s+0}' "$log")
hardhat_skipped=$(awk '/^[0-9]+ skipped/ {s+=$1} END {print s+0}' "$log")
rm -f "$log"
if [ "$hardhat_status" -ne 0 ] && [ "$hardhat_failed" -eq 0 ]; then
  hardhat_failed=1 # Hardhat stopped before its summary (e.g. a compile error): count the run as a failure.
fi
passed=$((passed + hardhat_passed))
failed=$((failed + hardhat_failed))
skipped=$((skipped + hardhat_skipped))
if [ "$status" -eq 0 ]; then status=$hardhat_status; fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "error: no tests ran" >&2
  exit 1
fi
exit "$status"
