// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {PriorityQueue} from "./PriorityQueue.sol";
import {PendingWithdrawals} from "./PendingWithdrawals.sol";
import {AccountProof} from "./AccountProof.sol";
import {PositionValuation} from "./PositionValuation.sol";
import {PoseidonT3} from "../generated/PoseidonT3.sol";
import {PoseidonT4} from "../generated/PoseidonT4.sol";
import {PoseidonT8} from "../generated/PoseidonT8.sol";

/// @notice Exodus mode: the way out when the operator stops serving the priority queue.
///         Anyone switches it on once the oldest priority request not consumed by a finalized
///         batch is past its deadline (a committed but unproven batch does not count: only a
///         proof protects the operator). From then on no batch is committed, proven or reverted
///         and no request is queued; finalized batches still execute and pending balances are
///         still claimed. Deposits that no finalized batch consumed can each be reclaimed once,
///         to the address the queue entry names (the request hashes bind only that address).
///         Each account exits once, against the last finalized state root, with its equity; exits
///         credit pending balances too, paid out by `claim` like withdrawals.
///
///         Equity is the collateral plus the positions settled at the last finalized prices
///         (PositionValuation), never below zero.
abstract contract Exodus is PriorityQueue, PendingWithdrawals {
    /// Positions per account (docs/PROTOCOL.md §4.1).
    uint256 internal constant POSITIONS_DEPTH = 3;

    PoseidonT3 public immutable poseidonT3;
    PoseidonT4 public immutable poseidonT4;
    PoseidonT8 public immutable poseidonT8;
    /// @notice Depth of the accounts tree (genesis configuration).
    uint8 public immutable accountsDepth;
    /// @notice Positions root of an account without positions: d(3).
    uint256 public immutable emptyPositionsRoot;

    bool public exodusMode;
    /// @notice First priority request no finalized batch consumed, fixed at activation.
    uint64 public exodusPriorityFirst;
    /// @notice Deposits still reclaimable: set at activation, lowered by each reclaim. Exits
    ///         never touch this part of the contract's holdings.
    uint256 public reclaimableDeposits;
    mapping(uint64 => bool) public depositReclaimed;
    mapping(uint32 => bool) public accountExited;

    event ExodusActivated(uint64 indexed overdueRequest, uint64 deadline, uint64 finalizedPriorityEnd, uint256 reclaimableDeposits);
    event DepositReclaimed(uint64 indexed index, address indexed to, uint64 amount);
    event AccountExited(uint32 indexed accountId, address indexed to, uint256 amount);

    error ExodusActive();
    error ExodusNotActive();
    error NoOverdueRequest(uint64 oldestPending, uint64 queued, uint64 deadline);
    error DepositIncluded(uint64 index, uint64 exodusPriorityFirst);
    error UnknownRequest(uint64 index, uint64 queued);
    error NotThisDeposit(uint64 index);
    error DepositAlreadyReclaimed(uint64 index);
    error PoseidonMissing();
    error AccountsDepthOutOfRange(uint8 depth);
    error AccountAlreadyExited(uint32 accountId);
    error AccountIdOutOfRange(uint32 accountId, uint8 depth);
    error ProofLengthMismatch(uint256 siblings, uint8 depth);
    error StateRootMismatch(uint256 finalizedRoot, uint256 fromFields);
    error AccountProofInvalid(uint32 accountId, uint256 accountsRoot, uint256 fromProof);
    error ExitExceedsHoldings(uint256 amount, uint256 available);

    constructor(PoseidonT3 t3, PoseidonT4 t4, PoseidonT8 t8, uint8 accountsDepth_) {
        if (address(t3).code.length == 0 || address(t4).code.length == 0 || address(t8).code.length == 0) revert PoseidonMissing();
        // An account id is a u32 in pubdata; depth 0 would hold only account 0.
        if (accountsDepth_ == 0 || accountsDepth_ > 32) revert AccountsDepthOutOfRange(accountsDepth_);
        poseidonT3 = t3;
        poseidonT4 = t4;
        poseidonT8 = t8;
        accountsDepth = accountsDepth_;
        emptyPositionsRoot = AccountProof.emptyRoot(t3, POSITIONS_DEPTH);
    }

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

    /// @dev State root of the last finalized batch.
    function _finalizedRoot() internal view virtual returns (uint256);

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

    /// @notice Credits the equity of `accountId` at the last finalized state to its L1 address,
    ///         once. `stateFields` is the root's preimage (accountsRoot, seriesRoot,
    ///         underlyingsRoot, expiriesRoot, oraclesRoot, riskHash, priorityCursor), `leaf` the
    ///         account's fields and `siblings` its accounts-tree path, bottom-up. An account with
    ///         positions also gives its eight slots and one price proof per non-empty slot, in
    ///         slot order (PositionValuation); an account without gives empty slots and none.
    ///         Anyone may call: the payee is the address in the leaf.
    function exit(
        uint256[7] calldata stateFields,
        uint32 accountId,
        AccountProof.AccountLeaf calldata leaf,
        uint256[] calldata siblings,
        PositionValuation.PositionLeaf[8] calldata positions,
        PositionValuation.PriceProof[] calldata prices
    ) external whenExodus nonReentrant {
        if (accountExited[accountId]) revert AccountAlreadyExited(accountId);
        _checkAccount(stateFields, accountId, leaf, siblings);
        uint256 amount = leaf.collateral;
        if (leaf.positionsRoot != emptyPositionsRoot) {
            PositionValuation.Trees memory trees =
                PositionValuation.Trees(poseidonT3, poseidonT4, poseidonT8, stateFields[2], stateFields[3]);
            int256 equity = int256(amount) + PositionValuation.value(trees, leaf.positionsRoot, positions, prices);
            amount = equity > 0 ? uint256(equity) : 0;
        }

        uint256 held = _collateral().balanceOf(address(this));
        uint256 reserved = totalPendingWithdrawals + reclaimableDeposits;
        uint256 available = held > reserved ? held - reserved : 0;
        if (amount > available) revert ExitExceedsHoldings(amount, available);
        accountExited[accountId] = true;
        pendingWithdrawals[leaf.l1Address] += amount;
        totalPendingWithdrawals += amount;
        emit AccountExited(accountId, leaf.l1Address, amount);
    }

    function _checkAccount(uint256[7] calldata stateFields, uint32 accountId, AccountProof.AccountLeaf calldata leaf, uint256[] calldata siblings)
        private
        view
    {
        uint8 depth = accountsDepth;
        if (siblings.length != depth) revert ProofLengthMismatch(siblings.length, depth);
        if (depth < 32 && accountId >> depth != 0) revert AccountIdOutOfRange(accountId, depth);
        uint256 finalized = _finalizedRoot();
        uint256 root = poseidonT8.hash(stateFields);
        if (root != finalized) revert StateRootMismatch(finalized, root);
        uint256 fromProof = AccountProof.rootOf(poseidonT3, AccountProof.leafHash(poseidonT8, leaf), accountId, siblings);
        if (fromProof != stateFields[0]) revert AccountProofInvalid(accountId, stateFields[0], fromProof);
    }
}
