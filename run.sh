#!/usr/bin/env bash
# Main job. Installs what is missing, builds, and runs the local devnet: anvil (EVM node) on
# loopback, the settlement contracts deployed from C#, the sample trading session (L1 key
# registrations and deposits, then prices, a listing, trades, a liquidation, expiry settlement
# and a withdrawal, sealed into batches and committed on L1), and finally every committed root
# verified from L1 calldata as an independent `rollup verify` would. Extra arguments go to
# `rollup devnet` (e.g. --keep-running to leave the node up).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/ensure-dotnet.sh
bash scripts/ensure-node.sh
NO_COLOR=1 node_modules/.bin/node node_modules/.bin/hardhat build --quiet >/dev/null
dotnet build Rollup.sln -c Release -v quiet -nologo
exec ./rollup devnet --session --port 0 --out devnet "$@"
