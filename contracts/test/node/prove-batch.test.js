// proveBatch through the real generated Groth16 verifier: the fixture's proof (C# test
// BatchProofContractFixtureTests) has the "one deposit" batch's commitment as its public input.
import { beforeEach, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import hre from "hardhat";
import { expectCustomError } from "../lib/reverts.js";
import { rollupConfig } from "../lib/deploy.js";

const fixtures = new URL("../fixtures/", import.meta.url);
const read = (name) => JSON.parse(readFileSync(new URL(name, fixtures), "utf8"));
const oneDeposit = read("batch-commitments.json").cases.find((c) => c.name === "one deposit");
const proofJson = read("batch-proof/proof.json");
const publicJson = read("batch-proof/public.json");
const DEPOSIT_TO = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
const R = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;

// snarkjs' soliditycalldata order: G2 coordinates as (c1, c0).
function calldataProof(p) {
  return {
    a: [BigInt(p.pi_a[0]), BigInt(p.pi_a[1])],
    b: [
      [BigInt(p.pi_b[0][1]), BigInt(p.pi_b[0][0])],
      [BigInt(p.pi_b[1][1]), BigInt(p.pi_b[1][0])],
    ],
    c: [BigInt(p.pi_c[0]), BigInt(p.pi_c[1])],
  };
}

const header = {
  batchNumber: BigInt(oneDeposit.batchNumber),
  priorityFirst: BigInt(oneDeposit.priorityFirst),
  priorityEnd: BigInt(oneDeposit.priorityEnd),
  oldRoot: BigInt(oneDeposit.oldRoot),
  newRoot: BigInt(oneDeposit.newRoot),
};

describe("OptionsRollup.proveBatch with the generated Groth16 verifier", () => {
  let rollup, verifier;

  beforeEach(async () => {
    const { ethers } = await hre.network.create();
    const [sequencer, depositor] = await ethers.getSigners();
    const token = await ethers.deployContract("DevnetStablecoin");
    verifier = await ethers.deployContract("BatchProofVerifier");
    rollup = await ethers.deployContract("OptionsRollup", [await rollupConfig(ethers, { collateral: await token.getAddress(), verifier: await verifier.getAddress(), operator: sequencer.address, genesisRoot: header.oldRoot, priorityDeadlineSeconds: 86400n })]);
    await token.mint(depositor.address, 25_000_000n);
    await token.connect(depositor).approve(rollup, 25_000_000n);
    await rollup.connect(depositor).deposit(DEPOSIT_TO, 25_000_000n);
    await rollup.commitBatch(header, oneDeposit.pubdata, []);
  });

  it("fixture_public_input_is_the_committed_batch_commitment", async () => {
    assert.equal(BigInt(publicJson[0]), BigInt(oneDeposit.publicInput));
    assert.equal((await rollup.batches(1)).commitment, BigInt(publicJson[0]));
  });

  it("finalizes_the_committed_batch_with_a_real_proof", async () => {
    const tx = await rollup.proveBatch(1, calldataProof(proofJson));
    const receipt = await tx.wait();
    const event = receipt.logs.map((l) => rollup.interface.parseLog(l)).find((e) => e?.name === "BatchProven");
    assert.equal(event.args.batchNumber, 1n);
    assert.equal(event.args.commitment, BigInt(publicJson[0]));
    assert.equal(await rollup.lastProvenBatch(), 1n);
    console.log(`# gas proveBatch (generated verifier, 1 public input): ${receipt.gasUsed}`);
  });

  it("refuses_a_tampered_proof", async () => {
    const tampered = calldataProof(proofJson);
    tampered.c[1] = (tampered.c[1] + 1n) % 21888242871839275222246405745257275088696311157297823662689037894645226208583n;
    await expectCustomError(rollup.proveBatch(1, tampered), rollup, "InvalidProof", [1n]);
    // A valid proof point in the wrong slot: A and C swapped.
    const swapped = calldataProof(proofJson);
    [swapped.a, swapped.c] = [swapped.c, swapped.a];
    await expectCustomError(rollup.proveBatch(1, swapped), rollup, "InvalidProof", [1n]);
    assert.equal(await rollup.lastProvenBatch(), 0n);
  });

  it("verifier_refuses_the_commitment_plus_r", async () => {
    const p = calldataProof(proofJson);
    assert.equal(await verifier.verifyProof(p.a, p.b, p.c, [BigInt(publicJson[0])]), true);
    assert.equal(await verifier.verifyProof(p.a, p.b, p.c, [BigInt(publicJson[0]) + R]), false);
  });
});
