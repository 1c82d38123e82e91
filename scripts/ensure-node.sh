#!/usr/bin/env bash
# Makes sure Node.js and npm are available and installs the repository's npm packages
# (snarkjs for interop tests; solc and anvil to compile and run the generated Solidity
# verifier; Hardhat, the Node 22 it runs on and its EDR binary for the settlement contracts).
# Debian's packages are the fallback when node is missing: any node with npm can install the
# `node` package, which brings the Node 22 that Hardhat runs on (node_modules/.bin/node).
set -euo pipefail
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "Node.js not found; installing it from Debian's packages." >&2
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq nodejs npm >/dev/null
  fi
fi
# npm ci would fail here: the lock lacks other platforms' optional packages.
if [ ! -d node_modules/snarkjs ] || [ ! -d node_modules/solc ] || [ ! -d node_modules/@foundry-rs/anvil ] \
  || [ ! -d node_modules/hardhat ] || [ ! -d node_modules/@nomicfoundation/edr-linux-x64-gnu ] || [ ! -x node_modules/.bin/node ] \
  || [ package.json -nt node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund --loglevel=error
fi
