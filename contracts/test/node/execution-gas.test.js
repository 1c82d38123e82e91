// Gas of commitBatch per record type, executeBatch per credit and claim, measured on Hardhat's
// EDR (cancun). Ceilings fail the test if the contract regresses; the figures go to
// docs/CONTRACTS.md.
import { beforeEach, describe, it } from "node:test";
import assert from "node:assert/strict";
import hre from "hardhat";
import { rollupConfig } from "../lib/deploy.js";

const TIMESTAMP = "000000006553f100";
const hex = (v, bytes) => v.toString(16).padStart(bytes * 2, "0");
const withdrawRecord = (accountId, to, amount) => "07" + hex(accountId, 4) + to.slice(2).toLowerCase() + hex(amount, 8);
const tradeRecord = () => "05" + "00".repeat(29);
const address = (i) => "0x" + hex(0x1000 + i, 20);

describe("execution gas", () => {
  let ethers, rollup, token, sequencer, signers;
  let batch = 0n;

  async function commit(pubdata) {
    batch += 1n;
    const tx = await rollup.commitBatch({ batchNumber: batch, priorityFirst: 0n, priorityEnd: 0n, oldRoot: batch - 1n, newRoot: batch }, "0x" + TIMESTAMP + pubdata, []);
    return (await tx.wait()).gasUsed;
  }

  async function commitAndProve(pubdata) {
    const gas = await commit(pubdata);
    const commitment = (await rollup.batches(batch)).commitment;
    await rollup.proveBatch(batch, { a: [commitment, 0n], b: [[0n, 0n], [0n, 0n]], c: [0n, 0n] });
    return gas;
  }

  async function execute(credits) {
    const tx = await rollup.executeBatch(batch, "0x" + credits.map(([to, amount]) => to.slice(2) + hex(amount, 8)).join(""));
    return (await tx.wait()).gasUsed;
  }

  beforeEach(async () => {
    ({ ethers } = await hre.network.create());
    [sequencer, ...signers] = await ethers.getSigners();
    token = await ethers.deployContract("DevnetStablecoin");
    const verifier = await ethers.deployContract("EchoVerifier");
    rollup = await ethers.deployContract("OptionsRollup", [await rollupConfig(ethers, { collateral: await token.getAddress(), verifier: await verifier.getAddress(), operator: sequencer.address, genesisRoot: 0n, priorityDeadlineSeconds: 3600n })]);
    // The contract must hold what it pays out; a deposit is the only way in, so mint directly.
    await token.mint(rollup, 10n ** 12n);
    batch = 0n;
  });

  it("commitBatch_per_withdraw_and_trade_record", async () => {
    const empty = await commit("");
    // The first paying record also stores the batch's credit chain (one new slot).
    const oneWithdraw = await commit(withdrawRecord(2, address(0), 1000));
    const withdraws = await commit(Array.from({ length: 17 }, (_, i) => withdrawRecord(2, address(i), 1000 + i)).join(""));
    const trades = await commit(Array.from({ length: 1024 }, tradeRecord).join(""));
    const perWithdraw = (withdraws - oneWithdraw) / 16n;
    const perTrade = (trades - empty) / 1024n;
    console.log(`# gas commitBatch: timestamp only ${empty}, one Withdraw record ${oneWithdraw}, per further Withdraw record ${perWithdraw}, ` +
      `1,024 trade records ${trades} (${perTrade} per trade, zero-filled)`);
    assert.ok(perWithdraw < 1_500n, `per Withdraw record ${perWithdraw}`);
    assert.ok(perTrade < 400n, `per trade ${perTrade}`);
  });

  it("executeBatch_per_credit_and_claim", async () => {
    await commitAndProve(withdrawRecord(2, address(0), 1000));
    const one = await execute([[address(0), 1000]]);
    const credits = Array.from({ length: 16 }, (_, i) => [signers[i].address, 1000 + i]);
    await commitAndProve(credits.map(([to, amount]) => withdrawRecord(2, to, amount)).join(""));
    const sixteen = await execute(credits);
    const perFresh = (sixteen - one) / 15n;
    // The same addresses again: their pending slots are already non-zero.
    await commitAndProve(credits.map(([to, amount]) => withdrawRecord(2, to, amount)).join(""));
    const again = await execute(credits);
    const perWarm = (again - one) / 15n;

    const claimer = signers[0];
    const claimTx = await rollup.connect(claimer).claim(2000n);
    const claim = (await claimTx.wait()).gasUsed;
    console.log(`# gas executeBatch: 1 credit ${one}, per further credit ${perFresh} (new address) / ${perWarm} (address with a pending balance); claim ${claim}`);
    assert.equal(await rollup.pendingWithdrawals(claimer.address), 0n);
    assert.equal(await token.balanceOf(claimer.address), 2000n);
    assert.ok(perFresh < 27_000n, `per new-address credit ${perFresh}`);
    assert.ok(perWarm < 9_000n, `per warm credit ${perWarm}`);
    assert.ok(claim < 70_000n, `claim ${claim}`);
  });
});
