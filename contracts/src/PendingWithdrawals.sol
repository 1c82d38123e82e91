// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "./collateral/IERC20.sol";
import {SafeCollateral} from "./collateral/SafeCollateral.sol";

/// @notice Pull payments: executed batches credit L1 addresses here, and each address claims
///         its balance itself. A token that misbehaves on transfer then only blocks its own
///         claimant, never a batch. Claims follow checks-effects-interactions behind a
///         transient-storage reentrancy guard.
abstract contract PendingWithdrawals {
    using SafeCollateral for IERC20;

    /// @notice Collateral (micro-USD) each L1 address can claim.
    mapping(address => uint256) public pendingWithdrawals;
    /// @notice Sum of all pending balances: the contract's token balance never falls below it.
    uint256 public totalPendingWithdrawals;

    bool private transient _entered;

    event WithdrawalCredited(address indexed to, uint64 indexed batchNumber, uint64 amount);
    event WithdrawalClaimed(address indexed to, uint256 amount);

    error Reentrancy();
    error ClaimOutOfRange(uint256 requested, uint256 available);

    modifier nonReentrant() {
        if (_entered) revert Reentrancy();
        _entered = true;
        _;
        _entered = false;
    }

    function _collateral() internal view virtual returns (IERC20);

    /// @notice Pays `amount` of the caller's pending balance to the caller.
    function claim(uint256 amount) external nonReentrant {
        uint256 available = pendingWithdrawals[msg.sender];
        if (amount == 0 || amount > available) revert ClaimOutOfRange(amount, available);
        pendingWithdrawals[msg.sender] = available - amount;
        totalPendingWithdrawals -= amount;
        emit WithdrawalClaimed(msg.sender, amount);
        _collateral().push(msg.sender, amount);
    }
}
