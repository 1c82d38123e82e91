// scripts/deploy-rollup.mjs against a real anvil node (the npm @foundry-rs/anvil binary on a free
// loopback port): the CLI deploys from a config with the key from the environment and prints the
// addresses; the getters read back what the config said. Bad configs fail before any gas is spent.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFile } from "node:child_process";
import { createServer } from "node:net";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { ethers } from "ethers";
import { DeployConfigError, deployRollup, PRIVATE_KEY_VARIABLE } from "../../../scripts/deploy-rollup.mjs";

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL("../../../", import.meta.url));
const script = join(root, "scripts", "deploy-rollup.mjs");
const anvilBinary = join(require.resolve("@foundry-rs/anvil-linux-amd64/package.json"), "..", "bin", "anvil");
// anvil's first two default accounts (its fixed test mnemonic): public, holding only devnet ether.
const DEPLOYER_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const DEPLOYER = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const SEQUENCER = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const CHAIN_ID = 31337;
const rollupAbi = JSON.parse(readFileSync(join(root, "contracts", "artifacts", "contracts", "src", "OptionsRollup.sol", "OptionsRollup.json"), "utf8")).abi;
const GENESIS_ROOT = 12345n;

const freePort = () => new Promise((resolve, reject) => {
  const server = createServer();
  server.once("error", reject);
  server.listen(0, "127.0.0.1", () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

async function startAnvil() {
  const port = await freePort();
  const child = spawn(anvilBinary, ["--host", "127.0.0.1", "--port", String(port), "--chain-id", String(CHAIN_ID), "--quiet"], { stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  child.stderr.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`anvil exited with ${child.exitCode}: ${log}`);
    try {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }) });
      if (res.ok) return { child, url };
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`anvil did not answer on ${url} within 10 s: ${log}`);
}

const runCli = (configPath, env) => new Promise((resolve) => {
  execFile(process.execPath, [script, configPath], { env: { PATH: process.env.PATH, ...env } }, (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }));
});

describe("scripts/deploy-rollup.mjs on anvil", () => {
  let anvil, dir, config;

  before(async () => {
    anvil = await startAnvil();
    dir = mkdtempSync(join(tmpdir(), "rollup-deploy-"));
    config = {
      rpcUrl: anvil.url,
      chainId: CHAIN_ID,
      collateral: { devnet: true },
      // The generated verifier by path, compiled by the script with the repository's solc.
      verifier: { source: join(root, "contracts", "test", "fixtures", "BatchProofVerifier.sol"), contract: "BatchProofVerifier" },
      sequencer: SEQUENCER,
      governance: "deployer",
      guardian: "deployer",
      genesisRoot: GENESIS_ROOT.toString(),
      priorityDeadlineSeconds: 600,
      timelockDelay: 300,
      accountsDepth: 24,
    };
  });

  after(() => {
    anvil?.child.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("deploys_from_config_and_the_getters_read_back_the_config", async () => {
    const path = join(dir, "devnet.json");
    writeFileSync(path, JSON.stringify(config));
    const { code, stdout, stderr } = await runCli(path, { [PRIVATE_KEY_VARIABLE]: DEPLOYER_KEY });
    assert.equal(code, 0, stderr);
    const out = JSON.parse(stdout);
    assert.equal(out.chainId, String(CHAIN_ID));
    assert.equal(out.deployer, DEPLOYER);
    assert.equal(out.collateralIsDevnetToken, true);

    const provider = new ethers.JsonRpcProvider(anvil.url, undefined, { staticNetwork: true });
    try {
      const rollup = new ethers.Contract(out.rollup, rollupAbi, provider);
      assert.equal(await rollup.collateral(), out.collateral);
      assert.equal(await rollup.verifier(), out.verifier);
      assert.equal(await rollup.sequencer(), SEQUENCER);
      assert.equal(await rollup.governance(), DEPLOYER);
      assert.equal(await rollup.guardian(), DEPLOYER);
      assert.equal((await rollup.batches(0)).root, GENESIS_ROOT);
      assert.equal(await rollup.lastCommittedBatch(), 0n);
      assert.equal(await rollup.priorityDeadlineSeconds(), 600n);
      assert.equal(await rollup.timelockDelay(), 300n);
      assert.equal(await rollup.accountsDepth(), 24n);
      assert.equal(await rollup.poseidonT3(), out.poseidonT3);
      assert.equal(await rollup.poseidonT4(), out.poseidonT4);
      assert.equal(await rollup.poseidonT8(), out.poseidonT8);
      const token = new ethers.Contract(out.collateral, ["function decimals() view returns (uint8)"], provider);
      assert.equal(await token.decimals(), 6n);
      // The deployed Poseidon is the generated one: hash([1, 2]) is circomlib's value.
      const t3 = new ethers.Contract(out.poseidonT3, ["function hash(uint256[2]) view returns (uint256)"], provider);
      assert.equal(await t3.hash([1n, 2n]), 7853200120776062878684798364095072458815029376092732009249414926327459813530n);
      // The verifier is the generated one: it answers for a proof (all-zero points are rejected).
      const verifier = new ethers.Contract(out.verifier, ["function verifyProof(uint256[2],uint256[2][2],uint256[2],uint256[1]) view returns (bool)"], provider);
      assert.equal(await verifier.verifyProof([0n, 0n], [[0n, 0n], [0n, 0n]], [0n, 0n], [1n]), false);
    } finally {
      provider.destroy();
    }
  });

  it("uses_an_existing_token_and_verifier_by_address", async () => {
    const first = await deployRollup(config, DEPLOYER_KEY);
    const second = await deployRollup({ ...config, collateral: { address: first.collateral }, verifier: { address: first.verifier } }, DEPLOYER_KEY);
    assert.equal(second.collateral, first.collateral);
    assert.equal(second.verifier, first.verifier);
    assert.equal(second.collateralIsDevnetToken, false);
    assert.notEqual(second.rollup, first.rollup);
  });

  it("refuses_without_the_key_variable_a_key_in_the_config_and_a_wrong_chain", async () => {
    const path = join(dir, "nokey.json");
    writeFileSync(path, JSON.stringify(config));
    const noKey = await runCli(path, {});
    assert.equal(noKey.code, 1);
    assert.match(noKey.stderr, new RegExp(`${PRIVATE_KEY_VARIABLE} is not set`));
    await assert.rejects(deployRollup({ ...config, privateKey: DEPLOYER_KEY }, DEPLOYER_KEY), (e) => e instanceof DeployConfigError && /never go in the config/.test(e.message));
    await assert.rejects(deployRollup({ ...config, chainId: 1 }, DEPLOYER_KEY), (e) => e instanceof DeployConfigError && /is chain 31337, the config says 1/.test(e.message));
    await assert.rejects(deployRollup({ ...config, collateral: { address: "0x000000000000000000000000000000000000dEaD" } }, DEPLOYER_KEY), (e) => e instanceof DeployConfigError && /has no code/.test(e.message));
    await assert.rejects(deployRollup({ ...config, collateral: { devnet: true, address: SEQUENCER } }, DEPLOYER_KEY), DeployConfigError);
    await assert.rejects(deployRollup({ ...config, sequencer: "0x1234" }, DEPLOYER_KEY), DeployConfigError);
  });
});
