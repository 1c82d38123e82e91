// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {PoseidonT3} from "../generated/PoseidonT3.sol";
import {PoseidonT4} from "../generated/PoseidonT4.sol";
import {PoseidonT8} from "../generated/PoseidonT8.sol";
import {AccountProof} from "./AccountProof.sol";

/// @notice Values an account's positions at the last finalized prices for an exodus exit
///         (docs/PROTOCOL.md §4.1, §6, §7.11). The caller gives all eight position slots, which
///         must hash to the account's positions root, and for each non-empty slot the price
///         leaves of its underlying (underlyings tree, depth 4) and of its (underlying, expiry
///         day) (expiries tree, depth 20), proven against the state's roots. The price is the
///         settlement price once posted, else the last index price; with neither, the
///         position is worth nothing. Each position settles as Settle does: a long receives
///         floor(q·I/1000), a short pays ceil(|q|·I/1000), so while every short is solvent,
///         exits never pay out more in total than the accounts' collateral.
library PositionValuation {
    uint256 internal constant SLOTS = 8;
    uint256 internal constant UNDERLYINGS_DEPTH = 4;
    uint256 internal constant EXPIRIES_DEPTH = 20;
    uint256 internal constant EXPIRY_TIME_OF_DAY = 8 hours;
    uint256 internal constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;

    struct PositionLeaf {
        uint256 seriesIndex;
        uint256 underlying;
        uint256 strike;
        uint256 expiry;
        uint256 kind;
        int64 quantity;
        uint64 entryPrice;
    }

    /// @notice The price leaves one position needs, with their tree paths (siblings bottom-up).
    struct PriceProof {
        uint256 indexPrice;
        uint256 priceTimestamp;
        uint256 strikeStep;
        uint256[] underlyingSiblings;
        uint256 listedCount;
        uint256 settlementPrice;
        uint256[] expirySiblings;
    }

    struct Trees {
        PoseidonT3 t3;
        PoseidonT4 t4;
        PoseidonT8 t8;
        uint256 underlyingsRoot;
        uint256 expiriesRoot;
    }

    error PositionsRootMismatch(uint256 expected, uint256 fromSlots);
    error PriceProofCountMismatch(uint256 nonEmptySlots, uint256 proofs);
    error PriceProofLengthMismatch(uint256 slot);
    error UnderlyingPriceProofInvalid(uint256 slot);
    error SettlementProofInvalid(uint256 slot);
    error PositionFieldOutOfRange(uint256 slot);

    /// @notice Σ over the positions of their settlement amounts in micro-USD (longs positive).
    function value(Trees memory trees, uint256 positionsRoot, PositionLeaf[SLOTS] calldata slots, PriceProof[] calldata prices)
        internal
        pure
        returns (int256 total)
    {
        // The slots must be the account's before any of their fields is used in arithmetic.
        uint256[SLOTS] memory leaves;
        for (uint256 i = 0; i < SLOTS; ++i) {
            if (slots[i].quantity != 0) leaves[i] = _leaf(trees.t8, slots[i]);
        }
        uint256 root = _root(trees.t3, leaves);
        if (root != positionsRoot) revert PositionsRootMismatch(positionsRoot, root);
        uint256 used;
        for (uint256 i = 0; i < SLOTS; ++i) {
            if (slots[i].quantity == 0) continue;
            if (used >= prices.length) revert PriceProofCountMismatch(used + 1, prices.length);
            total += _settle(slots[i], _price(trees, slots[i], prices[used], i));
            ++used;
        }
        if (used != prices.length) revert PriceProofCountMismatch(used, prices.length);
    }

    function _leaf(PoseidonT8 t8, PositionLeaf calldata p) private pure returns (uint256) {
        int256 q = p.quantity;
        uint256 quantity = q >= 0 ? uint256(q) : R - uint256(-q);
        return t8.hash([p.seriesIndex, p.underlying, p.strike, p.expiry, p.kind, quantity, uint256(p.entryPrice)]);
    }

    function _root(PoseidonT3 t3, uint256[SLOTS] memory level) private pure returns (uint256) {
        for (uint256 width = SLOTS / 2; width >= 1; width /= 2) {
            for (uint256 j = 0; j < width; ++j) {
                level[j] = t3.hash([level[2 * j], level[2 * j + 1]]);
            }
        }
        return level[0];
    }

    /// @notice The settlement price if posted, else the index price (0: no price at all).
    function _price(Trees memory trees, PositionLeaf calldata p, PriceProof calldata proof, uint256 slot) private pure returns (uint256) {
        if (proof.underlyingSiblings.length != UNDERLYINGS_DEPTH || proof.expirySiblings.length != EXPIRIES_DEPTH) {
            revert PriceProofLengthMismatch(slot);
        }
        if (p.underlying >= 1 << UNDERLYINGS_DEPTH || p.expiry < EXPIRY_TIME_OF_DAY || p.kind > 1) revert PositionFieldOutOfRange(slot);
        // A listed underlying has a non-zero strike step, so its leaf is never the empty 0.
        uint256 underlyingLeaf = trees.t4.hash([proof.indexPrice, proof.priceTimestamp, proof.strikeStep]);
        if (proof.strikeStep == 0 || AccountProof.rootOf(trees.t3, underlyingLeaf, p.underlying, proof.underlyingSiblings) != trees.underlyingsRoot) {
            revert UnderlyingPriceProofInvalid(slot);
        }
        uint256 day = (p.expiry - EXPIRY_TIME_OF_DAY) / 1 days;
        uint256 key = (p.underlying << 16) | (day & 0xffff);
        uint256 expiryLeaf = proof.listedCount == 0 && proof.settlementPrice == 0 ? 0 : trees.t3.hash([proof.listedCount, proof.settlementPrice]);
        if (AccountProof.rootOf(trees.t3, expiryLeaf, key, proof.expirySiblings) != trees.expiriesRoot) revert SettlementProofInvalid(slot);
        return proof.settlementPrice != 0 ? proof.settlementPrice : proof.indexPrice;
    }

    function _settle(PositionLeaf calldata p, uint256 s) private pure returns (int256) {
        if (s == 0) return 0;
        uint256 k = p.strike;
        uint256 intrinsic = p.kind == 0 ? (s > k ? s - k : 0) : (k > s ? k - s : 0);
        int256 q = p.quantity;
        if (q > 0) return int256(uint256(q) * intrinsic / 1000);
        uint256 owed = uint256(-q) * intrinsic;
        return -int256((owed + 999) / 1000);
    }
}
