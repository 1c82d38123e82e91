// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {RegisterKeyCheck} from "./RegisterKeyCheck.sol";

/// @notice Walks a batch's pubdata (docs/PROTOCOL.md §8): the u64 timestamp, then records that
///         each start with their type byte. Decoding is strict: unknown types and truncation revert.
library PubdataWalk {
    uint256 internal constant TIMESTAMP_BYTES = 8;
    /// @notice One credit in executeBatch's calldata: address (20 bytes) then amount (u64).
    uint256 internal constant CREDIT_BYTES = 28;
    uint32 internal constant NO_ACCOUNT = type(uint32).max;
    uint256 internal constant MAX_RECORD_TYPE = 11;
    /// @notice Record sizes, type byte included, for types 0..11 in the low 12 bytes (type t at
    ///         byte 20 + t): Noop, Deposit, ForcedWithdrawal, L1RegisterKey, RegisterKey, Trade,
    ///         Cancel, Withdraw, OraclePrice, ListSeries, Liquidate, Settle.
    uint256 internal constant RECORD_SIZES = 0x01_21_21_39_7e_1e_09_21_0e_0d_0f_07;
    /// @notice Bit t set for the types the walk must look into: 1, 2, 3 (priority), 4, 7.
    uint256 internal constant VISITED_TYPES = (1 << 1) | (1 << 2) | (1 << 3) | (1 << 4) | (1 << 7);

    uint8 internal constant DEPOSIT = 1;
    uint8 internal constant FORCED_WITHDRAWAL = 2;
    uint8 internal constant L1_REGISTER_KEY = 3;
    uint8 internal constant REGISTER_KEY = 4;
    uint8 internal constant WITHDRAW = 7;

    /// @notice What commitBatch needs from one pass over the pubdata.
    struct Summary {
        /// The priority records chained onto the rolling hash, exactly as the queue chained them.
        bytes32 rolling;
        uint64 priorityCount;
        /// keccak chain of the L1 credits (see chainCredit); zero when the batch pays nothing out.
        bytes32 creditsHash;
    }

    error PubdataTruncated(uint256 offset);
    error UnknownRecordType(uint256 offset, uint8 recordType);
    error KeyHintCountMismatch(uint256 hints, uint256 used);

    /// @notice Record size in bytes, type byte included, for types 0..11; 0 for unknown types.
    function recordSize(uint8 recordType) internal pure returns (uint256) {
        if (recordType > MAX_RECORD_TYPE) return 0;
        return (RECORD_SIZES >> (8 * (MAX_RECORD_TYPE - recordType))) & 0xff;
    }

    /// @notice One pass over the pubdata: chains the priority records onto `rolling`, chains the
    ///         credits to L1 addresses, and checks every L2 RegisterKey record's EIP-712 signature
    ///         (with `keyXs[i]` the x coordinate of the i-th record's key, checked against it).
    /// @dev Most records (trades above all) need nothing but their size, so the loop reads the
    ///      type byte and size in assembly and leaves everything else to `visit`: this pass is
    ///      most of commitBatch's cost per trade after calldata.
    function walk(bytes calldata pubdata, bytes32 rolling, bytes32 domainSeparator, uint256[] calldata keyXs)
        internal
        pure
        returns (Summary memory s)
    {
        uint256 end = pubdata.length;
        if (end < TIMESTAMP_BYTES) revert PubdataTruncated(0);
        s.rolling = rolling;
        uint256 keys;
        uint256 o = TIMESTAMP_BYTES;
        while (o < end) {
            uint256 t;
            uint256 size;
            assembly ("memory-safe") {
                t := byte(0, calldataload(add(pubdata.offset, o)))
                size := byte(add(20, t), RECORD_SIZES)
            }
            if (t > MAX_RECORD_TYPE) revert UnknownRecordType(o, uint8(t));
            unchecked {
                if (o + size > end) revert PubdataTruncated(o);
                if ((VISITED_TYPES >> t) & 1 != 0) keys = visit(s, pubdata[o:o + size], uint8(t), o, domainSeparator, keyXs, keys);
                o += size;
            }
        }
        if (keys != keyXs.length) revert KeyHintCountMismatch(keyXs.length, keys);
    }

    /// @notice The work for one priority, RegisterKey or paying record; returns the key hints used.
    function visit(
        Summary memory s,
        bytes calldata rec,
        uint8 t,
        uint256 offset,
        bytes32 domainSeparator,
        uint256[] calldata keyXs,
        uint256 keys
    ) private pure returns (uint256) {
        if (t >= DEPOSIT && t <= L1_REGISTER_KEY) {
            s.rolling = chainPriority(s.rolling, rec, 0, t);
            ++s.priorityCount;
        } else if (t == REGISTER_KEY) {
            if (keys >= keyXs.length) revert KeyHintCountMismatch(keyXs.length, keys + 1);
            RegisterKeyCheck.check(rec, keyXs[keys], domainSeparator, offset);
            ++keys;
        }
        (bool pays, address to, uint64 amount) = credit(rec, 0, t);
        if (pays) s.creditsHash = chainCredit(s.creditsHash, to, amount);
        return keys;
    }

    /// @notice The credits of a pubdata, in executeBatch's calldata format. For off-chain callers
    ///         (eth_call): the executor rebuilds a batch's credits from its commit calldata.
    function credits(bytes calldata pubdata) internal pure returns (bytes memory out) {
        if (pubdata.length < TIMESTAMP_BYTES) revert PubdataTruncated(0);
        uint256 o = TIMESTAMP_BYTES;
        while (o < pubdata.length) {
            uint8 t = uint8(pubdata[o]);
            uint256 size = recordSize(t);
            if (size == 0) revert UnknownRecordType(o, t);
            if (o + size > pubdata.length) revert PubdataTruncated(o);
            (bool pays, address to, uint64 amount) = credit(pubdata, o, t);
            if (pays) out = bytes.concat(out, abi.encodePacked(to, amount));
            o += size;
        }
    }

    /// @notice Whether the record at `o` pays out on L1, and to whom (docs/PROTOCOL.md §7):
    ///         an L2 Withdraw, a ForcedWithdrawal with a non-zero amount, and the refund of a
    ///         deposit that took no effect (published with NoAccount), paid to the address the
    ///         deposit named, the only address its queue entry binds.
    function credit(bytes calldata pubdata, uint256 o, uint8 t) internal pure returns (bool, address, uint64) {
        if (t != DEPOSIT && t != FORCED_WITHDRAWAL && t != WITHDRAW) return (false, address(0), 0);
        // All three share the layout accountId u32, address, amount u64: exactly the one word
        // after the type byte (the caller has checked the record is inside the pubdata).
        uint256 body;
        assembly ("memory-safe") {
            body := calldataload(add(pubdata.offset, add(o, 1)))
        }
        uint64 amount = uint64(body);
        if (amount == 0) return (false, address(0), 0);
        if (t == DEPOSIT && uint32(body >> 224) != NO_ACCOUNT) return (false, address(0), 0);
        return (true, address(uint160(body >> 64)), amount);
    }

    /// @notice credits[i] = keccak256(credits[i-1] ‖ to ‖ amount u64), credits[-1] = 0.
    function chainCredit(bytes32 previous, address to, uint64 amount) internal pure returns (bytes32 h) {
        // Scratch space (64 bytes) holds the 60-byte preimage: no memory is allocated per record.
        assembly ("memory-safe") {
            mstore(0, previous)
            mstore(0x20, or(shl(96, to), shl(32, amount)))
            h := keccak256(0, 60)
        }
    }

    /// @notice Chains one priority record onto the rolling hash as the queue chained its request.
    function chainPriority(bytes32 rolling, bytes calldata pubdata, uint256 o, uint8 t) private pure returns (bytes32) {
        bytes32 request;
        if (t == DEPOSIT) {
            // Deposit: request (to, amount); record accountId u32, to, amount u64.
            request = keccak256(abi.encodePacked(t, pubdata[o + 5:o + 33]));
        } else if (t == FORCED_WITHDRAWAL) {
            // ForcedWithdrawal: request (from, accountId); record accountId u32, from, amount u64.
            request = keccak256(abi.encodePacked(t, pubdata[o + 5:o + 25], pubdata[o + 1:o + 5]));
        } else {
            // L1RegisterKey: request (from, packed key); record accountId u32, from, key.
            request = keccak256(abi.encodePacked(t, pubdata[o + 5:o + 57]));
        }
        return keccak256(abi.encodePacked(rolling, request));
    }
}
