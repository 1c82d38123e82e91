// The generated on-chain Poseidon contracts against the shared circomlib vectors.
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import hre from "hardhat";
import { readFileSync } from "node:fs";
import { expectCustomError } from "../lib/reverts.js";
import { loadVector } from "../lib/vectors.js";

// circomlibjs' answers for 7..16 inputs, kept with Rollup.Core's tests (the shared set stops at 6).
const WIDE_VECTORS = new URL("../../../tests/Rollup.Core.Tests/TestData/poseidon_wide.json", import.meta.url);

const R = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;
const WIDTHS = [3, 4, 8];

describe("generated Poseidon", () => {
  const contracts = {};
  let cases;

  before(async () => {
    const { ethers } = await hre.network.create();
    for (const t of WIDTHS) contracts[t] = await ethers.deployContract(`PoseidonT${t}`);
    cases = [...loadVector("poseidon.json").cases, ...JSON.parse(readFileSync(WIDE_VECTORS, "utf8")).cases];
  });

  for (const t of WIDTHS) {
    it(`PoseidonT${t}_matches_every_circomlib_vector_with_${t - 1}_inputs`, async () => {
      const mine = cases.filter((c) => c.inputs.length === t - 1);
      assert.ok(mine.length > 0, `no vectors with ${t - 1} inputs`);
      for (const c of mine) {
        const got = await contracts[t].hash(c.inputs.map(BigInt));
        assert.equal(got, BigInt(c.output), `Poseidon(${c.inputs.join(", ")})`);
      }
    });

    it(`PoseidonT${t}_refuses_an_input_equal_to_r`, async () => {
      const inputs = Array.from({ length: t - 1 }, (_, i) => BigInt(i));
      inputs[t - 2] = R;
      await expectCustomError(contracts[t].hash(inputs), contracts[t], "InputNotInField", [BigInt(t - 2), R]);
      inputs[t - 2] = R - 1n;
      await contracts[t].hash(inputs); // r - 1 is the largest canonical input
    });
  }
});
