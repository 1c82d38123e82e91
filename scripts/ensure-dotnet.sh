#!/usr/bin/env bash
# Makes sure the .NET SDK named in global.json is usable; the machine image ships it.
set -euo pipefail
if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: the .NET SDK (10.0) is required and was not found on PATH." >&2
  echo "       Install it from your distribution's packages or the official installer, then rerun." >&2
  exit 1
fi
major=$(dotnet --version | cut -d. -f1)
if [ "$major" -lt 10 ]; then
  echo "error: .NET SDK 10 or newer is required, found $(dotnet --version)." >&2
  exit 1
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
