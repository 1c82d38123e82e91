// L2 RegisterKey records: commitBatch checks each record's EIP-712 secp256k1 signature
// (docs/PROTOCOL.md §3.4) with ecrecover: signed by the record's address, low-s, bound to this
// contract and chain, over the key the packed bytes name (its x given as a hint).
import { beforeEach, describe, it } from "node:test";
import assert from "node:assert/strict";
import hre from "hardhat";
import { expectCustomError } from "../lib/reverts.js";
import { rollupConfig } from "../lib/deploy.js";
import { loadVector } from "../lib/vectors.js";

const R = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;
const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
// Baby Jubjub's Base8 (docs/PROTOCOL.md §3.1): a valid key; (R - x, y) is the other sign.
const BASE8 = {
  x: 5299619240641551281634865583518297030282874472190772894086521144482721001553n,
  y: 16950150798460657717958625567821834550301663161624707787222815936182638968203n,
};
const TIMESTAMP = "000000006553f100";
const TYPES = {
  RegisterKey: [
    { name: "account", type: "address" },
    { name: "l2PublicKeyX", type: "uint256" },
    { name: "l2PublicKeyY", type: "uint256" },
    { name: "nonce", type: "uint64" },
  ],
};

/** circomlib packing: y little-endian, top bit set when x > (r-1)/2. */
function pack(x, y) {
  const bytes = Buffer.from(y.toString(16).padStart(64, "0"), "hex").reverse();
  if (x > (R - 1n) / 2n) bytes[31] |= 0x80;
  return bytes.toString("hex");
}

const hex = (v, bytes) => v.toString(16).padStart(bytes * 2, "0");

/** A RegisterKey pubdata record (type 4): accountId u32, address, packed key, nonce u32, r ‖ s ‖ v. */
function registerKeyRecord(accountId, address, key, nonce, signature) {
  return "04" + hex(accountId, 4) + address.slice(2).toLowerCase() + pack(key.x, key.y) + hex(nonce, 4) + signature.slice(2);
}

describe("OptionsRollup RegisterKey signatures", () => {
  let ethers, rollup, wallet, chainId;

  async function sign(key, nonce, overrides = {}) {
    const domain = { name: "OptionsRollup", version: "1", chainId, verifyingContract: await rollup.getAddress(), ...overrides.domain };
    const message = { account: overrides.account ?? wallet.address, l2PublicKeyX: key.x, l2PublicKeyY: key.y, nonce };
    return (overrides.signer ?? wallet).signTypedData(domain, TYPES, message);
  }

  function commit(records, keyXs) {
    return rollup.commitBatch({ batchNumber: 1n, priorityFirst: 0n, priorityEnd: 0n, oldRoot: 0n, newRoot: 1n }, "0x" + TIMESTAMP + records.join(""), keyXs);
  }

  beforeEach(async () => {
    ({ ethers } = await hre.network.create());
    const [deployer, other] = await ethers.getSigners();
    // The rollup is the deployer's first contract, at the address the shared EIP-712 vectors use.
    const token = await ethers.deployContract("DevnetStablecoin", [], other);
    const verifier = await ethers.deployContract("EchoVerifier", [], other);
    rollup = await ethers.deployContract("OptionsRollup", [await rollupConfig(ethers, { collateral: await token.getAddress(), verifier: await verifier.getAddress(), operator: deployer.address, genesisRoot: 0n, priorityDeadlineSeconds: 3600n, poseidonDeployer: other })], deployer);
    chainId = (await ethers.provider.getNetwork()).chainId;
    wallet = new ethers.Wallet("0x" + "11".repeat(32));
  });

  it("domain_separator_and_digest_match_the_shared_EIP712_vectors", async () => {
    const vectors = loadVector("eip712.json");
    assert.equal(await rollup.getAddress(), vectors.domain.verifyingContract);
    assert.equal(chainId, BigInt(vectors.domain.chainId));
    assert.equal(await rollup.domainSeparator(), vectors.cases[0].domain_separator);
    const cases = vectors.cases.filter((c) => c.primaryType === "RegisterKey");
    assert.ok(cases.length >= 3);
    for (const c of cases) {
      const m = c.message;
      assert.equal(await rollup.registerKeyDigest(m.account, BigInt(m.l2PublicKeyX), BigInt(m.l2PublicKeyY), BigInt(m.nonce)), c.digest);
    }
  });

  it("commits_RegisterKey_records_signed_by_their_address_for_either_sign_of_x", async () => {
    const negated = { x: R - BASE8.x, y: BASE8.y };
    const first = registerKeyRecord(2, wallet.address, BASE8, 0, await sign(BASE8, 0));
    // v as 0/1 instead of 27/28: the same recovery id.
    const sig = await sign(negated, 1);
    const second = registerKeyRecord(2, wallet.address, negated, 1, sig.slice(0, -2) + hex(Number.parseInt(sig.slice(-2), 16) - 27, 1));
    const receipt = await (await commit([first, second], [BASE8.x, negated.x])).wait();
    assert.equal(await rollup.lastCommittedBatch(), 1n);
    console.log(`# gas commitBatch, first batch, two RegisterKey records: ${receipt.gasUsed}`);
  });

  it("refuses_a_signature_by_another_address", async () => {
    const stranger = new ethers.Wallet("0x" + "22".repeat(32));
    const record = registerKeyRecord(2, wallet.address, BASE8, 0, await sign(BASE8, 0, { signer: stranger }));
    await expectCustomError(commit([record], [BASE8.x]), rollup, "BadRegisterKeySignature", [8n, wallet.address, stranger.address]);
  });

  it("refuses_a_high_s_signature", async () => {
    const sig = ethers.Signature.from(await sign(BASE8, 0));
    // (r, n - s) with the other v recovers the same address: only the low-s rule refuses it.
    const highS = "0x" + sig.r.slice(2) + hex(SECP256K1_N - BigInt(sig.s), 32) + hex(sig.v === 27 ? 28 : 27, 1);
    // ethers refuses to recover a high-s signature; ask the ecrecover precompile itself.
    const digest = await rollup.registerKeyDigest(wallet.address, BASE8.x, BASE8.y, 0);
    const input = digest + hex(sig.v === 27 ? 28 : 27, 32) + sig.r.slice(2) + hex(SECP256K1_N - BigInt(sig.s), 32);
    const recovered = await ethers.provider.call({ to: "0x0000000000000000000000000000000000000001", data: input });
    assert.equal(ethers.getAddress("0x" + recovered.slice(-40)), wallet.address);
    await expectCustomError(commit([registerKeyRecord(2, wallet.address, BASE8, 0, highS)], [BASE8.x]), rollup, "SignatureHighS", [8n]);
  });

  it("refuses_a_signature_for_another_chain_or_contract", async () => {
    const otherChain = registerKeyRecord(2, wallet.address, BASE8, 0, await sign(BASE8, 0, { domain: { chainId: 1n } }));
    await expectCustomError(commit([otherChain], [BASE8.x]), rollup, "BadRegisterKeySignature");
    const otherContract = registerKeyRecord(2, wallet.address, BASE8, 0, await sign(BASE8, 0, { domain: { verifyingContract: wallet.address } }));
    await expectCustomError(commit([otherContract], [BASE8.x]), rollup, "BadRegisterKeySignature");
  });

  it("refuses_a_signature_over_another_nonce_or_key", async () => {
    const otherNonce = registerKeyRecord(2, wallet.address, BASE8, 1, await sign(BASE8, 0));
    await expectCustomError(commit([otherNonce], [BASE8.x]), rollup, "BadRegisterKeySignature");
    const negated = { x: R - BASE8.x, y: BASE8.y };
    const otherKey = registerKeyRecord(2, wallet.address, BASE8, 0, await sign(negated, 0));
    await expectCustomError(commit([otherKey], [BASE8.x]), rollup, "BadRegisterKeySignature");
  });

  it("refuses_a_bad_v", async () => {
    const sig = await sign(BASE8, 0);
    const record = registerKeyRecord(2, wallet.address, BASE8, 0, sig.slice(0, -2) + "1d");
    await expectCustomError(commit([record], [BASE8.x]), rollup, "SignatureBadV", [8n, 29n]);
  });

  it("refuses_a_key_hint_that_is_not_the_packed_point", async () => {
    const record = registerKeyRecord(2, wallet.address, BASE8, 0, await sign(BASE8, 0));
    // The other root has the other sign; x + 1 is off the curve; x + r is not a field element.
    for (const x of [R - BASE8.x, BASE8.x + 1n, BASE8.x + R]) {
      await expectCustomError(commit([record], [x]), rollup, "InvalidKeyHint", [8n, x]);
    }
    await expectCustomError(commit([record], []), rollup, "KeyHintCountMismatch", [0n, 1n]);
    await expectCustomError(commit([record], [BASE8.x, BASE8.x]), rollup, "KeyHintCountMismatch", [2n, 1n]);
  });
});
