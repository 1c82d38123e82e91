// Per-trade L1 gas: commitBatch of 64, 256 and 1,024 realistic Trade records (the C# fixture
// trade-batch.json, PubdataCodec's encoding), split into calldata and execution, with the
// EIP-7623 floor; proveBatch through the real generated verifier; executeBatch with one
// withdrawal and its claim. Prints `# gas` lines (docs/BENCHMARKS.md) and fails above ceilings.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import hre from "hardhat";
import { rollupConfig } from "../lib/deploy.js";

const fixtures = new URL("../fixtures/", import.meta.url);
const read = (name) => JSON.parse(readFileSync(new URL(name, fixtures), "utf8"));
const tradeBatch = read("trade-batch.json");
const oneDeposit = read("batch-commitments.json").cases.find((c) => c.name === "one deposit");
const proofJson = read("batch-proof/proof.json");
const DEPOSIT_TO = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
const TX_BASE = 21_000n;

const hex = (v, bytes) => v.toString(16).padStart(bytes * 2, "0");
const bytesOf = (h) => Buffer.from(h.slice(2), "hex");
// The first `trades` records of the fixture, behind its timestamp.
const tradesPubdata = (trades) => tradeBatch.pubdata.slice(0, 2 + 2 * (tradeBatch.headerSize + trades * tradeBatch.recordSize));

// Calldata gas before and after EIP-7623 (Prague): 4/16 per zero/non-zero byte, and the floor
// 21,000 + 10 per token with tokens = zero bytes + 4 x non-zero bytes.
function calldata(data) {
  let zero = 0n, nonZero = 0n;
  for (const b of bytesOf(data)) b === 0 ? zero++ : nonZero++;
  return { zero, nonZero, gas: 4n * zero + 16n * nonZero, floor: TX_BASE + 10n * (zero + 4n * nonZero) };
}

function calldataProof(p) {
  return {
    a: [BigInt(p.pi_a[0]), BigInt(p.pi_a[1])],
    b: [[BigInt(p.pi_b[0][1]), BigInt(p.pi_b[0][0])], [BigInt(p.pi_b[1][1]), BigInt(p.pi_b[1][0])]],
    c: [BigInt(p.pi_c[0]), BigInt(p.pi_c[1])],
  };
}

describe("per-trade L1 gas", () => {
  it("trade_fixture_is_realistic_trade_records", () => {
    const pubdata = bytesOf(tradeBatch.pubdata);
    assert.equal(pubdata.length, tradeBatch.headerSize + tradeBatch.trades * tradeBatch.recordSize);
    for (let i = 0; i < tradeBatch.trades; i++) assert.equal(pubdata[tradeBatch.headerSize + i * tradeBatch.recordSize], 5, `record ${i} is a Trade`);
    // Real trades are mostly non-zero bytes; a zero-filled batch would understate calldata.
    const zeroShare = Number(tradeBatch.zeroBytes) / pubdata.length;
    assert.ok(zeroShare > 0.1 && zeroShare < 0.4, `zero share ${zeroShare}`);
  });

  // Commits batch 1 (the fixture's deposit) and proves it with the real proof (proveBatch's cost
  // does not depend on the batch, only on the stored commitment), then commits 64, 256 and 1,024
  // trades. Returns the gas of each.
  async function measure(hardfork) {
    const { ethers } = await hre.network.create({ override: { hardfork } });
    const [sequencer, depositor] = await ethers.getSigners();
    const token = await ethers.deployContract("DevnetStablecoin");
    const verifier = await ethers.deployContract("BatchProofVerifier");
    const rollup = await ethers.deployContract("OptionsRollup", [await rollupConfig(ethers, { collateral: await token.getAddress(), verifier: await verifier.getAddress(), operator: sequencer.address, genesisRoot: BigInt(oneDeposit.oldRoot), priorityDeadlineSeconds: 86400n })]);
    await token.mint(depositor.address, 25_000_000n);
    await token.connect(depositor).approve(rollup, 25_000_000n);
    await rollup.connect(depositor).deposit(DEPOSIT_TO, 25_000_000n);
    const header = (n, oldRoot, newRoot) => ({ batchNumber: n, priorityFirst: 1n, priorityEnd: 1n, oldRoot, newRoot });
    await rollup.commitBatch({ ...header(1n, BigInt(oneDeposit.oldRoot), BigInt(oneDeposit.newRoot)), priorityFirst: 0n }, oneDeposit.pubdata, []);
    const prove = (await (await rollup.proveBatch(1n, calldataProof(proofJson))).wait()).gasUsed;
    assert.equal(await rollup.lastProvenBatch(), 1n);
    let batch = 1n, root = BigInt(oneDeposit.newRoot);
    const commits = [];
    for (const trades of [64, 256, 1024]) {
      batch += 1n;
      const tx = await rollup.commitBatch(header(batch, root, root + 1n), tradesPubdata(trades), []);
      root += 1n;
      commits.push({ trades, gasUsed: (await tx.wait()).gasUsed, data: tx.data });
    }
    assert.equal(await rollup.lastCommittedBatch(), 4n);
    return { prove, commits };
  }

  it("commitBatch_per_trade_and_total_with_proveBatch", async () => {
    // Cancun charges calldata 4/16 per byte, so gas - 21,000 - calldata is the execution; Prague
    // (EDR's default) adds the EIP-7623 floor, which is what a transaction pays today.
    const cancun = await measure("cancun");
    const prague = await measure("prague");
    const prove = prague.prove;
    for (let i = 0; i < cancun.commits.length; i++) {
      const { trades, gasUsed, data } = cancun.commits[i];
      const paid = prague.commits[i].gasUsed;
      const n = BigInt(trades);
      const cd = calldata(data);
      const pd = calldata(tradesPubdata(trades));
      const execution = gasUsed - TX_BASE - cd.gas;
      const pubdataBytes = BigInt(bytesOf(tradesPubdata(trades)).length);
      // The Prague figure is max(standard, floor): the floor is what the test checks it against.
      assert.equal(paid, gasUsed > cd.floor ? gasUsed : cd.floor, `${trades} trades: Prague pays max(standard, EIP-7623 floor)`);
      console.log(`# gas commitBatch ${trades} trades (cancun): total ${gasUsed} (${gasUsed / n} per trade, ${gasUsed / pubdataBytes} per pubdata byte); ` +
        `calldata ${cd.gas} (${cd.zero} zero / ${cd.nonZero} non-zero bytes; pubdata alone ${pd.gas}, ${pd.gas / n} per trade), execution ${execution} (${execution / n} per trade); ` +
        `commit + prove ${(gasUsed + prove) / n} per trade`);
      console.log(`# gas commitBatch ${trades} trades (prague, EIP-7623 floor ${cd.floor}): ${paid} (${paid / n} per trade, ${paid / pubdataBytes} per pubdata byte); commit + prove ${(paid + prove) / n} per trade`);
    }
    console.log(`# gas proveBatch (generated verifier, 1 public input): ${prove} (cancun ${cancun.prove})`);
    const full = cancun.commits.at(-1).gasUsed, fullPrague = prague.commits.at(-1).gasUsed;
    assert.ok(prove < 260_000n, `proveBatch ${prove}`);
    assert.ok((full + prove) / 1024n < 1_050n, `commit + prove per trade ${(full + prove) / 1024n}`);
    assert.ok((fullPrague + prove) / 1024n < 1_400n, `commit + prove per trade after Prague ${(fullPrague + prove) / 1024n}`);
  });
});
