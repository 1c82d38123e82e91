// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {PriorityQueue} from "./PriorityQueue.sol";
import {PendingWithdrawals} from "./PendingWithdrawals.sol";

/// @notice Exodus mode: the way out when the operator stops serving the priority queue.
///         Anyone switches it on once the oldest priority request not consumed by a finalized
///         batch is past its deadline (a committed but unproven batch does not count: only a
///         proof protects the operator). From then on no batch is committed, proven or reverted
///         and no request is queued; finalized batches still execute and pending balances are
///         still claimed. Deposits that no finalized batch consumed can each be reclaimed once,
///         to the address the queue entry names (the request hashes bind only that address).
///         Reclaims credit pending balances, so they are paid out by `claim` like withdrawals.
abstract contract Exodus is PriorityQueue, PendingWithdrawals {
    bool public exodusMode;
    /// @notice First priority request no finalized batch consumed, fixed at activation.
    uint64 public exodusPriorityFirst;
    /// @notice Deposits still reclaimable: set at activation, lowered by each reclaim. Exits
    ///         never touch this part of the contract's holdings.
    uint256 public reclaimableDeposits;
    mapping(uint64 => bool) public depositReclaimed;

    event ExodusActivated(uint64 indexed overdueRequest, uint64 deadline, uint64 finalizedPriorityEnd, uint256 reclaimableDeposits);
    event DepositReclaimed(uint64 indexed index, address indexed to, uint64 amount);

    error ExodusActive();
    error ExodusNotActive();
    error NoOverdueRequest(uint64 oldestPending, uint64 queued, uint64 deadline);
    error DepositIncluded(uint64 index, uint64 exodusPriorityFirst);
    error UnknownRequest(uint64 index, uint64 queued);
    error NotThisDeposit(uint64 index);
    error DepositAlreadyReclaimed(uint64 index);

    modifier whenNotExodus() {
        if (exodusMode) revert ExodusActive();
        _;
    }

    modifier whenExodus() {
        if (!exodusMode) revert ExodusNotActive();
        _;
    }

    /// @dev End of the priority range consumed by the last finalized batch.
    function _finalizedPriorityEnd() internal view virtual returns (uint64);

    /// @notice Switches exodus mode on if the oldest request no finalized batch consumed is past
    ///         its deadline. Anyone may call; neither the pause nor any role can stop it.
    function activateExodus() external whenNotExodus {
        uint64 first = _finalizedPriorityEnd();
        uint64 queued = priorityCount();
        if (first >= queued) revert NoOverdueRequest(first, queued, 0);
        uint64 deadline = _priorityEntries[first].deadline;
        if (block.timestamp <= deadline) revert NoOverdueRequest(first, queued, deadline);
        exodusMode = true;
        exodusPriorityFirst = first;
        uint256 reclaimable = depositTotalAt(queued) - depositTotalAt(first);
        reclaimableDeposits = reclaimable;
        emit ExodusActivated(first, deadline, first, reclaimable);
    }

    /// @notice Credits a deposit that no finalized batch consumed back to the address its request
    ///         named, once. Anyone may call; `to` and `amount` must be the request's own fields.
    function reclaimDeposit(uint64 index, address to, uint64 amount) external whenExodus {
        uint64 queued = priorityCount();
        if (index >= queued) revert UnknownRequest(index, queued);
        if (index < exodusPriorityFirst) revert DepositIncluded(index, exodusPriorityFirst);
        if (depositReclaimed[index]) revert DepositAlreadyReclaimed(index);
        bytes32 request = keccak256(abi.encodePacked(DEPOSIT, to, amount));
        if (keccak256(abi.encodePacked(rollingHashAt(index), request)) != rollingHashAt(index + 1)) revert NotThisDeposit(index);
        depositReclaimed[index] = true;
        reclaimableDeposits -= amount;
        pendingWithdrawals[to] += amount;
        totalPendingWithdrawals += amount;
        emit DepositReclaimed(index, to, amount);
    }
}
