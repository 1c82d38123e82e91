// commitBatch: the on-chain commitment equals Rollup.Core's BatchCommitment (fixture written by a
// C# test), and batches must continue the chain and consume the priority queue in order.
import { beforeEach, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import hre from "hardhat";
import { expectCustomError } from "../lib/reverts.js";
import { rollupConfig } from "../lib/deploy.js";

const fixture = JSON.parse(readFileSync(new URL("../fixtures/batch-commitments.json", import.meta.url), "utf8"));
const oneDeposit = fixture.cases.find((c) => c.name === "one deposit");
const DEPOSIT_TO = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
const DEPOSIT_AMOUNT = 25_000_000n;
const DAY = 86400n;

function header(c, overrides = {}) {
  return {
    batchNumber: BigInt(c.batchNumber),
    priorityFirst: BigInt(c.priorityFirst),
    priorityEnd: BigInt(c.priorityEnd),
    oldRoot: BigInt(c.oldRoot),
    newRoot: BigInt(c.newRoot),
    ...overrides,
  };
}

describe("OptionsRollup.commitBatch", () => {
  let ethers, rollup, token, verifier, sequencer, other;

  beforeEach(async () => {
    ({ ethers } = await hre.network.create());
    [sequencer, other] = await ethers.getSigners();
    token = await ethers.deployContract("DevnetStablecoin");
    verifier = await ethers.deployContract("EchoVerifier");
    rollup = await ethers.deployContract("OptionsRollup", [await rollupConfig(ethers, { collateral: await token.getAddress(), verifier: await verifier.getAddress(), operator: sequencer.address, genesisRoot: BigInt(oneDeposit.oldRoot), priorityDeadlineSeconds: 3n * DAY })]);
    await token.mint(other.address, 100_000_000n);
    await token.connect(other).approve(rollup, DEPOSIT_AMOUNT);
  });

  it("batchCommitment_equals_Rollup_Core_for_every_fixture_case", async () => {
    for (const c of fixture.cases) {
      assert.equal(await rollup.batchCommitment(header(c), c.pubdata), BigInt(c.publicInput), c.name);
    }
  });

  it("commits_a_batch_consuming_a_deposit_and_stores_the_Rollup_Core_commitment", async () => {
    await rollup.connect(other).deposit(DEPOSIT_TO, DEPOSIT_AMOUNT);
    assert.equal(await token.balanceOf(rollup), DEPOSIT_AMOUNT);
    const tx = await rollup.commitBatch(header(oneDeposit), oneDeposit.pubdata, []);
    const receipt = await tx.wait();
    const event = receipt.logs.map((l) => rollup.interface.parseLog(l)).find((e) => e?.name === "BatchCommitted");
    assert.equal(event.args.commitment, BigInt(oneDeposit.publicInput));
    const stored = await rollup.batches(1);
    assert.equal(stored.root, BigInt(oneDeposit.newRoot));
    assert.equal(stored.commitment, BigInt(oneDeposit.publicInput));
    assert.equal(await rollup.priorityCommitted(), 1n);
    assert.equal(await rollup.lastCommittedBatch(), 1n);
  });

  it("refuses_a_replayed_batch", async () => {
    await rollup.connect(other).deposit(DEPOSIT_TO, DEPOSIT_AMOUNT);
    await rollup.commitBatch(header(oneDeposit), oneDeposit.pubdata, []);
    await expectCustomError(rollup.commitBatch(header(oneDeposit), oneDeposit.pubdata, []), rollup, "WrongBatchNumber", [2n, 1n]);
  });

  it("refuses_a_wrong_previous_root", async () => {
    await rollup.connect(other).deposit(DEPOSIT_TO, DEPOSIT_AMOUNT);
    await expectCustomError(rollup.commitBatch(header(oneDeposit, { oldRoot: 1n }), oneDeposit.pubdata, []), rollup, "WrongPreviousRoot");
  });

  it("refuses_a_new_root_outside_the_field", async () => {
    await rollup.connect(other).deposit(DEPOSIT_TO, DEPOSIT_AMOUNT);
    const r = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;
    await expectCustomError(rollup.commitBatch(header(oneDeposit, { newRoot: r }), oneDeposit.pubdata, []), rollup, "RootNotInField", [r]);
  });

  it("refuses_a_range_past_the_queue_or_not_starting_at_the_cursor", async () => {
    // Nothing queued yet: consuming one request is claiming one that does not exist.
    await expectCustomError(rollup.commitBatch(header(oneDeposit), oneDeposit.pubdata, []), rollup, "PriorityRangeMismatch");
    await rollup.connect(other).deposit(DEPOSIT_TO, DEPOSIT_AMOUNT);
    await expectCustomError(
      rollup.commitBatch(header(oneDeposit, { priorityFirst: 1n, priorityEnd: 1n }), "0x000000006553f100", []),
      rollup, "PriorityRangeMismatch");
  });

  it("refuses_skipped_or_altered_priority_operations", async () => {
    await rollup.connect(other).deposit(DEPOSIT_TO, DEPOSIT_AMOUNT);
    // The range says one request was consumed but the pubdata has none.
    await expectCustomError(rollup.commitBatch(header(oneDeposit), "0x000000006553f10000", []), rollup, "PriorityOpsMismatch");
    // The deposit record names a larger amount than was paid in.
    const inflated = oneDeposit.pubdata.replace("00000000017d7840", "00000000017d7841");
    await expectCustomError(rollup.commitBatch(header(oneDeposit), inflated, []), rollup, "PriorityOpsMismatch");
    // A record the range does not cover.
    await expectCustomError(rollup.commitBatch(header(oneDeposit, { priorityEnd: 0n }), oneDeposit.pubdata, []), rollup, "PriorityOpsMismatch");
  });

  it("refuses_malformed_pubdata", async () => {
    await rollup.connect(other).deposit(DEPOSIT_TO, DEPOSIT_AMOUNT);
    await expectCustomError(rollup.commitBatch(header(oneDeposit), "0x0000", []), rollup, "PubdataTruncated", [0n]);
    await expectCustomError(rollup.commitBatch(header(oneDeposit), oneDeposit.pubdata.slice(0, -4), []), rollup, "PubdataTruncated", [8n]);
    await expectCustomError(rollup.commitBatch(header(oneDeposit), "0x000000006553f1000c", []), rollup, "UnknownRecordType", [8n, 12n]);
  });

  it("refuses_a_commit_from_anyone_but_the_sequencer", async () => {
    await expectCustomError(rollup.connect(other).commitBatch(header(oneDeposit), oneDeposit.pubdata, []), rollup, "NotSequencer", [other.address]);
  });

  it("chains_priority_requests_into_the_rolling_hash_with_a_deadline", async () => {
    const tx = await rollup.connect(other).forcedWithdrawal(5);
    const block = await ethers.provider.getBlock((await tx.wait()).blockNumber);
    const request = ethers.solidityPackedKeccak256(["uint8", "address", "uint32"], [2, other.address, 5]);
    const rolling = ethers.solidityPackedKeccak256(["bytes32", "bytes32"], [ethers.ZeroHash, request]);
    const [storedRolling, deadline] = await rollup.priorityEntry(0);
    assert.equal(storedRolling, rolling);
    assert.equal(deadline, BigInt(block.timestamp) + 3n * DAY);
  });
});
