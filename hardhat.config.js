// Hardhat 3 configuration for the settlement contracts (contracts/). Runs on the Node 22 that
// the `node` devDependency installs (node_modules/.bin/node); see docs/CONTRACTS.md.
import path from "node:path";
import { createRequire } from "node:module";
import { defineConfig } from "hardhat/config";
import hardhatEthers from "@nomicfoundation/hardhat-ethers";
import hardhatNodeTestRunner from "@nomicfoundation/hardhat-node-test-runner";

const require = createRequire(import.meta.url);

// The wasm build in the pinned solc package: with a `path`, Hardhat never downloads a compiler.
const solcPath = path.join(path.dirname(require.resolve("solc/package.json")), "soljson.js");

export const SOLC_VERSION = "0.8.37";

export default defineConfig({
  plugins: [hardhatEthers, hardhatNodeTestRunner],
  solidity: {
    compilers: [
      {
        version: SOLC_VERSION,
        path: solcPath,
        settings: {
          // Pinned so bytecode and gas figures do not move with the compiler's default target.
          evmVersion: "cancun",
          optimizer: { enabled: true, runs: 200 },
        },
      },
    ],
  },
  paths: {
    // contracts/test/fixtures holds the Groth16 verifier a C# test generates for the real-proof test.
    sources: { solidity: ["contracts/src", "contracts/generated", "contracts/test/fixtures"] },
    tests: { solidity: "contracts/test/solidity", nodejs: "contracts/test/node" },
    cache: "contracts/.cache",
    artifacts: "contracts/artifacts",
  },
  test: {
    solidity: {
      // Fixed seed and modest run counts: reproducible and quick on a 2-core machine.
      fuzz: { runs: 256, seed: "0x5eed" },
      invariant: { runs: 32, depth: 32 },
    },
  },
});
