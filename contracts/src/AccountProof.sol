// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {PoseidonT3} from "../generated/PoseidonT3.sol";
import {PoseidonT8} from "../generated/PoseidonT8.sol";

/// @notice An account leaf and its membership in a state root (docs/PROTOCOL.md §4): the leaf is
///         Poseidon(keyX, keyY, l1Address, nonce, collateral, positionsRoot, fillsRoot), tree
///         nodes are Poseidon(left, right) with bit h of the account id choosing the side at
///         height h, siblings bottom-up, and the root is Poseidon over the seven state fields
///         (accountsRoot first). The generated Poseidon contracts revert for an input >= r, so a
///         non-canonical leaf field, sibling or state field never hashes.
library AccountProof {
    struct AccountLeaf {
        uint256 keyX;
        uint256 keyY;
        address l1Address;
        uint32 nonce;
        uint64 collateral;
        uint256 positionsRoot;
        uint256 fillsRoot;
    }

    function leafHash(PoseidonT8 t8, AccountLeaf calldata a) internal pure returns (uint256) {
        return t8.hash([a.keyX, a.keyY, uint256(uint160(a.l1Address)), a.nonce, a.collateral, a.positionsRoot, a.fillsRoot]);
    }

    /// @notice The root of the tree whose leaf `index` is `leaf`, along `siblings` (bottom-up).
    function rootOf(PoseidonT3 t3, uint256 leaf, uint256 index, uint256[] calldata siblings) internal pure returns (uint256 node) {
        node = leaf;
        for (uint256 h = 0; h < siblings.length; ++h) {
            node = (index >> h) & 1 == 0 ? t3.hash([node, siblings[h]]) : t3.hash([siblings[h], node]);
        }
    }

    /// @notice d(depth): the root of an empty tree of that depth (every leaf 0).
    function emptyRoot(PoseidonT3 t3, uint256 depth) internal pure returns (uint256 node) {
        for (uint256 h = 0; h < depth; ++h) {
            node = t3.hash([node, node]);
        }
    }
}
