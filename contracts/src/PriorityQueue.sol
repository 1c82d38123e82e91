// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice The L1 priority queue (docs/PROTOCOL.md §7-8). Each request is hashed as
///         keccak256(abi.encodePacked(uint8 type, fields...)) and chained into a rolling hash,
///         rolling[i] = keccak256(rolling[i-1] || request[i]) with rolling[-1] = 0, so a batch that
///         consumed [first, end) can be checked against two stored words. Every entry carries the
///         deadline by which a batch must consume it; past it, exodus can be switched on.
abstract contract PriorityQueue {
    uint8 internal constant DEPOSIT = 1;
    uint8 internal constant FORCED_WITHDRAWAL = 2;
    uint8 internal constant L1_REGISTER_KEY = 3;

    struct PriorityEntry {
        bytes32 rollingHash;
        uint64 deadline;
        /// Sum of the deposit amounts of the requests up to this one (same slot as the deadline,
        /// so it costs no extra storage write): the deposits a range holds are a difference.
        uint128 depositTotal;
    }

    /// @notice Seconds a batch has to consume a request (3 days in production, minutes on the devnet).
    ///         A change (timelocked) applies to later requests; queued ones keep their deadline.
    uint64 public priorityDeadlineSeconds;

    PriorityEntry[] internal _priorityEntries;

    /// @notice Requests consumed by committed batches: the next batch must start here.
    uint64 public priorityCommitted;

    event PriorityRequest(uint64 indexed index, uint8 indexed kind, address indexed sender, bytes32 requestHash, bytes32 rollingHash, uint64 deadline, bytes fields);

    error ZeroDeadline();

    constructor(uint64 deadlineSeconds) {
        if (deadlineSeconds == 0) revert ZeroDeadline();
        priorityDeadlineSeconds = deadlineSeconds;
    }

    function priorityCount() public view returns (uint64) {
        return uint64(_priorityEntries.length);
    }

    function priorityEntry(uint64 index) external view returns (bytes32 rollingHash, uint64 deadline) {
        PriorityEntry storage e = _priorityEntries[index];
        return (e.rollingHash, e.deadline);
    }

    /// @notice The rolling hash after the first `count` requests (0 for none).
    function rollingHashAt(uint64 count) public view returns (bytes32) {
        return count == 0 ? bytes32(0) : _priorityEntries[count - 1].rollingHash;
    }

    /// @notice The deposit amounts of the first `count` requests, summed.
    function depositTotalAt(uint64 count) public view returns (uint128) {
        return count == 0 ? 0 : _priorityEntries[count - 1].depositTotal;
    }

    function _enqueue(uint8 kind, bytes memory fields, uint64 depositAmount) internal returns (uint64 index) {
        bytes32 requestHash = keccak256(abi.encodePacked(kind, fields));
        index = uint64(_priorityEntries.length);
        bytes32 rolling = keccak256(abi.encodePacked(rollingHashAt(index), requestHash));
        uint64 deadline = uint64(block.timestamp) + priorityDeadlineSeconds;
        _priorityEntries.push(PriorityEntry(rolling, deadline, depositTotalAt(index) + depositAmount));
        emit PriorityRequest(index, kind, msg.sender, requestHash, rolling, deadline, fields);
    }
}
