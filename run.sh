#!/usr/bin/env bash
# Main job. Installs what is missing, builds, and runs the scripted core demo session,
# printing the state root after every step. Later this becomes the full local devnet.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/ensure-dotnet.sh
dotnet build Rollup.sln -c Release -v quiet -nologo
dotnet run --project core/Rollup.Core.Demo -c Release --no-build -- "$@"
