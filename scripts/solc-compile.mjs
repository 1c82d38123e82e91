#!/usr/bin/env node
// Compiles one Solidity file with the repository's solc-js (pinned in package.json) and prints
// {"compiler", "contracts": {name: {"abi", "bytecode", "deployedBytecode"}}, "warnings"} as JSON.
// Usage: node scripts/solc-compile.mjs <file.sol>
// Optimizer on with 200 runs; the EVM target is pinned so the bytecode does not change with the
// compiler's default and runs on every chain since Cancun. Compile errors exit with status 1.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const solc = require('solc');

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node scripts/solc-compile.mjs <file.sol>\n');
  process.exit(2);
}

const name = basename(file);
const input = {
  language: 'Solidity',
  sources: { [name]: { content: readFileSync(file, 'utf8') } },
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'cancun',
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
};

const output = JSON.parse(solc.compile(JSON.stringify(input)));
const diagnostics = output.errors ?? [];
const errors = diagnostics.filter((d) => d.severity === 'error');
if (errors.length > 0) {
  for (const e of errors) process.stderr.write(e.formattedMessage ?? e.message);
  process.exit(1);
}

const contracts = {};
for (const [contractName, c] of Object.entries(output.contracts?.[name] ?? {})) {
  contracts[contractName] = {
    abi: c.abi,
    bytecode: '0x' + c.evm.bytecode.object,
    deployedBytecode: '0x' + c.evm.deployedBytecode.object,
  };
}
const result = {
  compiler: solc.version(),
  contracts,
  warnings: diagnostics.filter((d) => d.severity !== 'error').map((d) => d.formattedMessage ?? d.message),
};
process.stdout.write(JSON.stringify(result) + '\n');
