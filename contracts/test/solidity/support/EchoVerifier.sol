// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IVerifier} from "../../../src/IVerifier.sol";

/// @notice Test double for the Groth16 verifier: accepts exactly the proofs whose a[0] equals the
///         public input, so a test states which commitment a proof is "for" and the contract must
///         pass the stored commitment for the check to succeed.
contract EchoVerifier is IVerifier {
    function verifyProof(uint256[2] calldata a, uint256[2][2] calldata, uint256[2] calldata, uint256[1] calldata input)
        external
        pure
        returns (bool)
    {
        return a[0] == input[0];
    }
}
