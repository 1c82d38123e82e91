// Exodus exits against a real Rollup.Core state: the fixture (written by
// ExodusExitContractFixtureTests in Rollup.Core.Tests) holds the state root's fields and each
// account's leaf fields, accounts-tree proof, positions and price proofs, and what its exit must
// pay. The contract recomputes leaves and paths with the generated Poseidon contracts and pays
// each account its collateral plus its positions settled at the last finalized prices.
import { beforeEach, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import hre from "hardhat";
import { expectCustomError } from "../lib/reverts.js";
import { rollupConfig } from "../lib/deploy.js";

const fixture = JSON.parse(readFileSync(new URL("../fixtures/exodus-accounts.json", import.meta.url), "utf8"));
const R = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;
const TIMESTAMP = "0x000000006553f100";
const DEADLINE = 3600n;
const stateFields = fixture.stateFields.map(BigInt);
const total = BigInt(fixture.totalCollateral);
const plain = fixture.accounts.filter((a) => !a.hasPositions && BigInt(a.collateral) > 0n);
const everyone = fixture.accounts;
const withPositions = fixture.accounts.filter((a) => a.hasPositions);

function leafOf(a) {
  return {
    keyX: BigInt(a.keyX),
    keyY: BigInt(a.keyY),
    l1Address: a.l1Address,
    nonce: BigInt(a.nonce),
    collateral: BigInt(a.collateral),
    positionsRoot: BigInt(a.positionsRoot),
    fillsRoot: BigInt(a.fillsRoot),
  };
}

const siblingsOf = (a) => a.siblings.map(BigInt);
const positionsOf = (a) => a.positions.map((p) => ({
  seriesIndex: BigInt(p.seriesIndex),
  underlying: BigInt(p.underlying),
  strike: BigInt(p.strike),
  expiry: BigInt(p.expiry),
  kind: BigInt(p.kind),
  quantity: BigInt(p.quantity),
  entryPrice: BigInt(p.entryPrice),
}));
const pricesOf = (a) => a.prices.map((p) => ({
  indexPrice: BigInt(p.indexPrice),
  priceTimestamp: BigInt(p.priceTimestamp),
  strikeStep: BigInt(p.strikeStep),
  underlyingSiblings: p.underlyingSiblings.map(BigInt),
  listedCount: BigInt(p.listedCount),
  settlementPrice: BigInt(p.settlementPrice),
  expirySiblings: p.expirySiblings.map(BigInt),
}));
// exit(...) with the account's own proof, positions and prices; `edit` forges one part.
const exitArgs = (a, edit = {}) => [
  edit.stateFields ?? (edit.state ?? fixture).stateFields.map(BigInt),
  edit.id ?? a.id,
  edit.leaf ?? leafOf(a),
  edit.siblings ?? siblingsOf(a),
  edit.positions ?? positionsOf(a),
  edit.prices ?? pricesOf(a),
];

describe("OptionsRollup exodus exits (Rollup.Core state fixture)", () => {
  let ethers, rollup, token, operator, depositor, provider;

  async function commit(n, newRoot) {
    await rollup.commitBatch({ batchNumber: n, priorityFirst: 0n, priorityEnd: 0n, oldRoot: (await rollup.batches(n - 1n)).root, newRoot }, TIMESTAMP, []);
    return (await rollup.batches(n)).commitment;
  }

  // A request the operator never serves: a deposit of 5 (reserved for its reclaim), or a forced
  // withdrawal when deposits are paused.
  async function activate({ forced = false } = {}) {
    if (forced) {
      await rollup.connect(depositor).forcedWithdrawal(0);
    } else {
      await token.connect(depositor).approve(rollup, 5n);
      await rollup.connect(depositor).deposit(depositor.address, 5n);
    }
    await provider.send("evm_increaseTime", [Number(DEADLINE) + 1]);
    await rollup.activateExodus();
  }

  beforeEach(async () => {
    let connection;
    ({ ethers, provider } = connection = await hre.network.create());
    [operator, depositor] = await ethers.getSigners();
    token = await ethers.deployContract("DevnetStablecoin");
    const verifier = await ethers.deployContract("EchoVerifier");
    rollup = await ethers.deployContract("OptionsRollup", [await rollupConfig(ethers, { collateral: await token.getAddress(), verifier: await verifier.getAddress(), operator: operator.address, priorityDeadlineSeconds: DEADLINE, accountsDepth: fixture.accountsDepth })]);
    // Batch 1 (finalized) reaches the fixture's state; batch 2 is committed but never proven.
    const c1 = await commit(1n, BigInt(fixture.root));
    await rollup.proveBatch(1n, { a: [c1, 0n], b: [[0n, 0n], [0n, 0n]], c: [0n, 0n] });
    await commit(2n, 5n);
    await token.mint(depositor.address, 5n);
  });

  // The collateral the fixture's accounts deposited (the queue is not what these tests are about).
  const fund = (amount) => token.mint(rollup, amount);

  it("exit_pays_every_account_its_equity_once_and_all_of_them_the_total_collateral", async () => {
    await fund(total);
    await activate();
    assert.ok(plain.length >= 3 && withPositions.length >= 2, "fixture has plain accounts and accounts with positions");
    let credited = 0n;
    for (const a of everyone) {
      const tx = await rollup.exit(...exitArgs(a));
      const gas = (await tx.wait()).gasUsed;
      if (a === plain[0]) console.log(`# gas exit without positions (accounts depth ${fixture.accountsDepth}): ${gas}`);
      if (a === withPositions[0]) console.log(`# gas exit with ${a.prices.length} positions (accounts depth ${fixture.accountsDepth}): ${gas}`);
      assert.ok(gas < 700_000n + 700_000n * BigInt(a.prices.length), `exit gas ${gas}`);
      credited += BigInt(a.exitAmount);
      assert.equal(await rollup.pendingWithdrawals(a.l1Address), BigInt(a.exitAmount), `account ${a.id}`);
      await expectCustomError(rollup.exit(...exitArgs(a)), rollup, "AccountAlreadyExited", [BigInt(a.id)]);
    }
    // Positions are zero-sum here (no account is short of collateral): exits pay out exactly the collateral.
    assert.equal(credited, total);
    assert.equal(await rollup.totalPendingWithdrawals(), total);
    assert.notEqual(BigInt(withPositions[0].exitAmount), BigInt(withPositions[0].collateral), "positions moved value");
  });

  it("exit_refuses_forged_proofs_and_leaves", async () => {
    await fund(total);
    await activate();
    const a = plain[1];
    const forgedSibling = siblingsOf(a);
    forgedSibling[3] += 1n;
    await expectCustomError(rollup.exit(...exitArgs(a, { siblings: forgedSibling })), rollup, "AccountProofInvalid");
    await expectCustomError(rollup.exit(...exitArgs(a, { leaf: { ...leafOf(a), collateral: BigInt(a.collateral) + 1n } })), rollup, "AccountProofInvalid");
    const other = plain.find((b) => b.id !== a.id);
    await expectCustomError(rollup.exit(...exitArgs(a, { id: other.id })), rollup, "AccountProofInvalid");
    await expectCustomError(rollup.exit(...exitArgs(a, { siblings: siblingsOf(a).slice(1) })), rollup, "ProofLengthMismatch");
    await expectCustomError(rollup.exit(...exitArgs(a, { id: 1n << BigInt(fixture.accountsDepth) })), rollup, "AccountIdOutOfRange");
    const otherState = [...stateFields];
    otherState[0] = BigInt(a.leaf);
    await expectCustomError(rollup.exit(...exitArgs(a, { stateFields: otherState })), rollup, "StateRootMismatch");
    // A sibling >= r names the same node mod r: the Poseidon contract refuses it.
    const aliased = siblingsOf(a);
    aliased[0] += R;
    const t3 = await ethers.getContractAt("PoseidonT3", await rollup.poseidonT3());
    await expectCustomError(rollup.exit(...exitArgs(a, { siblings: aliased })), t3, "InputNotInField");
    assert.equal(await rollup.totalPendingWithdrawals(), 0n, "nothing credited");
  });

  it("exit_refuses_forged_positions_and_prices", async () => {
    await fund(total);
    await activate();
    const a = withPositions.find((b) => BigInt(b.positions.find((p) => p.quantity !== "0").quantity) > 0n);
    const slot = a.positions.findIndex((p) => p.quantity !== "0");
    const more = positionsOf(a);
    more[slot] = { ...more[slot], quantity: more[slot].quantity + 1n };
    await expectCustomError(rollup.exit(...exitArgs(a, { positions: more })), rollup, "PositionsRootMismatch");
    const dropped = positionsOf(a);
    dropped[slot] = { ...dropped[slot], quantity: 0n };
    await expectCustomError(rollup.exit(...exitArgs(a, { positions: dropped, prices: pricesOf(a).slice(1) })), rollup, "PositionsRootMismatch");
    await expectCustomError(rollup.exit(...exitArgs(a, { prices: pricesOf(a).slice(0, -1) })), rollup, "PriceProofCountMismatch");
    await expectCustomError(rollup.exit(...exitArgs(a, { prices: [...pricesOf(a), pricesOf(a)[0]] })), rollup, "PriceProofCountMismatch");
    const higherIndex = pricesOf(a);
    higherIndex[0] = { ...higherIndex[0], indexPrice: higherIndex[0].indexPrice * 2n };
    await expectCustomError(rollup.exit(...exitArgs(a, { prices: higherIndex })), rollup, "UnderlyingPriceProofInvalid");
    const settled = a.prices.findIndex((p) => p.settlementPrice !== "0");
    const higherSettlement = pricesOf(a);
    higherSettlement[settled] = { ...higherSettlement[settled], settlementPrice: higherSettlement[settled].settlementPrice * 2n };
    await expectCustomError(rollup.exit(...exitArgs(a, { prices: higherSettlement })), rollup, "SettlementProofInvalid");
    // Claiming "not settled yet" for a settled expiry (to be valued at the index instead) fails too.
    const unsettled = pricesOf(a);
    unsettled[settled] = { ...unsettled[settled], settlementPrice: 0n };
    await expectCustomError(rollup.exit(...exitArgs(a, { prices: unsettled })), rollup, "SettlementProofInvalid");
    const short = pricesOf(a);
    short[0] = { ...short[0], expirySiblings: short[0].expirySiblings.slice(1) };
    await expectCustomError(rollup.exit(...exitArgs(a, { prices: short })), rollup, "PriceProofLengthMismatch");
    assert.equal(await rollup.totalPendingWithdrawals(), 0n, "nothing credited");
  });

  it("gas_of_queue_governance_and_exodus_calls", async () => {
    await fund(total);
    const gas = async (tx) => (await (await tx).wait()).gasUsed;
    await token.mint(operator.address, 10n);
    await token.approve(rollup, 10n);
    const firstDeposit = await gas(rollup.deposit(depositor.address, 5n));
    const forced = await gas(rollup.forcedWithdrawal(2));
    const propose = await gas(rollup.propose(await rollup.SET_PRIORITY_DEADLINE(), 600n));
    await provider.send("evm_increaseTime", [86400]);
    const execute = await gas(rollup.executeProposal(1n));
    const pause = await gas(rollup.pause());
    await provider.send("evm_increaseTime", [Number(DEADLINE) + 1]);
    const activate = await gas(rollup.activateExodus());
    const reclaim = await gas(rollup.reclaimDeposit(0n, depositor.address, 5n));
    console.log(`# gas deposit (first, cold) ${firstDeposit}, forcedWithdrawal ${forced}, propose ${propose}, executeProposal ${execute}, ` +
      `pause ${pause}, activateExodus ${activate}, reclaimDeposit ${reclaim}`);
    assert.ok(activate < 120_000n && reclaim < 120_000n, "exodus calls stay cheap");
    assert.equal(await rollup.pendingWithdrawals(depositor.address), 5n);
  });

  it("exit_refuses_outside_exodus", async () => {
    await fund(total);
    const a = plain[0];
    await expectCustomError(rollup.exit(...exitArgs(a)), rollup, "ExodusNotActive");
  });

  it("exit_works_while_paused_and_is_claimable", async () => {
    await fund(total);
    await rollup.pause();
    await activate({ forced: true });
    const a = plain[0];
    await rollup.connect(depositor).exit(...exitArgs(a));
    assert.equal(await rollup.pendingWithdrawals(a.l1Address), BigInt(a.collateral));
  });

  it("exit_pays_an_insolvent_short_nothing_and_never_more_than_the_contract_holds", async () => {
    // The same state with the index at 200,000: the maker's short call owes more than it holds.
    const insolvent = fixture.insolvent;
    await rollup.revertBatches(1n);
    const c2 = await commit(2n, BigInt(insolvent.root));
    await rollup.proveBatch(2n, { a: [c2, 0n], b: [[0n, 0n], [0n, 0n]], c: [0n, 0n] });
    await fund(total);
    await activate();
    const maker = insolvent.accounts.find((a) => a.hasPositions && a.exitAmount === "0");
    const taker = insolvent.accounts.find((a) => a.hasPositions && BigInt(a.exitAmount) > total);
    assert.ok(maker && taker, "fixture has an insolvent short and a long owed more than the contract holds");
    await rollup.exit(...exitArgs(maker, { state: insolvent }));
    assert.equal(await rollup.accountExited(maker.id), true);
    assert.equal(await rollup.pendingWithdrawals(maker.l1Address), 0n, "never below zero");
    await expectCustomError(rollup.exit(...exitArgs(taker, { state: insolvent })), rollup, "ExitExceedsHoldings", [BigInt(taker.exitAmount), total]);
    let credited = 0n;
    for (const a of insolvent.accounts.filter((b) => !b.hasPositions)) {
      await rollup.exit(...exitArgs(a, { state: insolvent }));
      credited += BigInt(a.exitAmount);
    }
    assert.equal(await rollup.totalPendingWithdrawals(), credited);
    assert.ok(credited + (await rollup.reclaimableDeposits()) <= await token.balanceOf(rollup));
  });

  it("exit_refuses_more_than_the_unreserved_holdings", async () => {
    const a = plain[0];
    const short = BigInt(a.collateral) - 1n;
    await fund(short);
    await activate();
    // The pending deposit of 5 is held too, but reserved for its reclaim.
    assert.equal(await token.balanceOf(rollup), short + 5n);
    await expectCustomError(rollup.exit(...exitArgs(a)), rollup, "ExitExceedsHoldings", [BigInt(a.collateral), short]);
    await fund(1n);
    await rollup.exit(...exitArgs(a));
    assert.equal(await rollup.totalPendingWithdrawals(), BigInt(a.collateral));
  });
});
