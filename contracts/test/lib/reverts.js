// Asserts that a call reverts with one of the contract's custom errors, decoded from the revert data.
import assert from "node:assert/strict";

export async function expectCustomError(promise, contract, name, args) {
  await assert.rejects(promise, (e) => {
    assert.ok(typeof e.data === "string", `no revert data in ${e.message}`);
    const decoded = contract.interface.parseError(e.data);
    assert.equal(decoded?.name, name, `reverted with ${decoded?.name ?? e.data}, expected ${name}`);
    if (args !== undefined) assert.deepEqual([...decoded.args], args);
    return true;
  });
}
