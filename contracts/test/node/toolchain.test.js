// The toolchain is pinned: Hardhat compiles with the wasm solc from the npm package, with the
// optimizer on, and runs on Node 22. These tests fail when any of that drifts.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import hre from "hardhat";

const require = createRequire(import.meta.url);

async function buildInfos() {
  const dir = path.join(hre.config.paths.artifacts, "build-info");
  const files = (await readdir(dir)).filter((f) => f.endsWith(".json") && !f.endsWith(".output.json"));
  assert.ok(files.length > 0, "no build info: nothing was compiled");
  return Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(dir, f), "utf8"))));
}

describe("toolchain", () => {
  it("runs_on_node_22", () => {
    assert.equal(process.versions.node.split(".")[0], "22");
  });

  it("compiles_with_the_pinned_solc_package_and_the_optimizer_on", async () => {
    const pinned = require("solc/package.json").version;
    assert.equal(pinned, "0.8.37");
    for (const info of await buildInfos()) {
      assert.equal(info.solcVersion, pinned);
      assert.match(info.solcLongVersion, /^0\.8\.37\+commit\.f401782d/);
      assert.equal(info.input.settings.optimizer.enabled, true);
      assert.equal(info.input.settings.evmVersion, "cancun");
    }
  });
});
