// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice Walks a batch's pubdata (docs/PROTOCOL.md §8): the u64 timestamp, then records that
///         each start with their type byte. Decoding is strict: unknown types and truncation revert.
library PubdataWalk {
    uint256 internal constant TIMESTAMP_BYTES = 8;

    error PubdataTruncated(uint256 offset);
    error UnknownRecordType(uint256 offset, uint8 recordType);

    /// @notice Record size in bytes, type byte included, for types 0..11.
    function recordSize(uint8 recordType) internal pure returns (uint256) {
        // Noop, Deposit, ForcedWithdrawal, L1RegisterKey, RegisterKey, Trade, Cancel, Withdraw,
        // OraclePrice, ListSeries, Liquidate, Settle: one byte each, packed into a word.
        if (recordType > 11) return 0;
        return uint8(bytes12(0x01_21_21_39_7e_1e_09_21_0e_0d_0f_07)[recordType]);
    }

    /// @notice Chains the L1 priority records, in order, onto `rolling` exactly as the queue
    ///         chained their requests; returns the result and how many records it consumed.
    function priorityRollingHash(bytes calldata pubdata, bytes32 rolling) internal pure returns (bytes32, uint64 count) {
        if (pubdata.length < TIMESTAMP_BYTES) revert PubdataTruncated(0);
        uint256 o = TIMESTAMP_BYTES;
        while (o < pubdata.length) {
            uint8 t = uint8(pubdata[o]);
            uint256 size = recordSize(t);
            if (size == 0) revert UnknownRecordType(o, t);
            if (o + size > pubdata.length) revert PubdataTruncated(o);
            if (t >= 1 && t <= 3) {
                bytes32 request;
                if (t == 1) {
                    // Deposit: request (to, amount); record accountId u32, to, amount u64.
                    request = keccak256(abi.encodePacked(t, pubdata[o + 5:o + 33]));
                } else if (t == 2) {
                    // ForcedWithdrawal: request (from, accountId); record accountId u32, from, amount u64.
                    request = keccak256(abi.encodePacked(t, pubdata[o + 5:o + 25], pubdata[o + 1:o + 5]));
                } else {
                    // L1RegisterKey: request (from, packed key); record accountId u32, from, key.
                    request = keccak256(abi.encodePacked(t, pubdata[o + 5:o + 57]));
                }
                rolling = keccak256(abi.encodePacked(rolling, request));
                ++count;
            }
            o += size;
        }
        return (rolling, count);
    }
}
