// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice The batch proof verifier: the Groth16 verifier that Rollup.Prover's
///         SolidityVerifierGenerator emits (snarkjs' calling convention) with one public input,
///         the batch commitment (docs/PROTOCOL.md §9).
interface IVerifier {
    function verifyProof(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[1] calldata input
    ) external view returns (bool);
}
