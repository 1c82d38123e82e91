// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {RolesHarness} from "./support/RolesHarness.sol";
import {OptionsRollup} from "../../src/OptionsRollup.sol";
import {Exodus} from "../../src/Exodus.sol";

/// @notice Switching exodus mode on, what it stops and keeps open, and reclaiming deposits.
contract ExodusModeTest is RolesHarness {
    address internal constant OTHER = address(0x0b);

    event ExodusActivated(uint64 indexed overdueRequest, uint64 deadline, uint64 finalizedPriorityEnd, uint256 reclaimableDeposits);
    event DepositReclaimed(uint64 indexed index, address indexed to, uint64 amount);

    function deadlineOf(uint64 index) internal view returns (uint64 deadline) {
        (, deadline) = rollup.priorityEntry(index);
    }

    /// @notice Deposit 0 finalized (batch 1), deposits 1 and 2 queued, then past deadline 1.
    function overdueWithTwoPendingDeposits() internal {
        depositAs(TRADER, DEPOSIT);
        commitAndProve(abi.encodePacked(TIMESTAMP, record(1, 2, TRADER, DEPOSIT)), 1);
        depositAs(OTHER, 7);
        depositAs(TRADER, 11);
        vm.warp(deadlineOf(1) + 1);
    }

    function test_activateExodus_refuses_until_the_oldest_pending_request_is_past_its_deadline() public {
        vm.expectRevert(abi.encodeWithSelector(Exodus.NoOverdueRequest.selector, uint64(0), uint64(0), uint64(0)));
        rollup.activateExodus();
        depositAs(TRADER, DEPOSIT);
        uint64 deadline = deadlineOf(0);
        vm.warp(deadline);
        vm.expectRevert(abi.encodeWithSelector(Exodus.NoOverdueRequest.selector, uint64(0), uint64(1), deadline));
        vm.prank(STRANGER);
        rollup.activateExodus();

        vm.warp(deadline + 1);
        vm.expectEmit(true, false, false, true, address(rollup));
        emit ExodusActivated(0, deadline, 0, DEPOSIT);
        vm.prank(STRANGER);
        rollup.activateExodus();
        assertTrue(rollup.exodusMode(), "exodus on");
        vm.expectRevert(Exodus.ExodusActive.selector);
        rollup.activateExodus();
    }

    function test_activateExodus_refuses_when_finalized_batches_consumed_every_overdue_request() public {
        depositAs(TRADER, DEPOSIT);
        commitAndProve(abi.encodePacked(TIMESTAMP, record(1, 2, TRADER, DEPOSIT)), 1);
        vm.warp(deadlineOf(0) + 1 days);
        vm.expectRevert(abi.encodeWithSelector(Exodus.NoOverdueRequest.selector, uint64(1), uint64(1), uint64(0)));
        rollup.activateExodus();
    }

    function test_activateExodus_counts_a_committed_but_unproven_batch_as_not_serving_the_queue() public {
        depositAs(TRADER, DEPOSIT);
        commit(abi.encodePacked(TIMESTAMP, record(1, 2, TRADER, DEPOSIT)), 1);
        vm.warp(deadlineOf(0) + 1);
        rollup.activateExodus();
        assertEq(rollup.exodusPriorityFirst(), 0, "the committed deposit is still pending");
        assertEq(rollup.reclaimableDeposits(), DEPOSIT, "and reclaimable");
    }

    function test_activateExodus_works_while_paused() public {
        depositAs(TRADER, DEPOSIT);
        vm.prank(GUARDIAN);
        rollup.pause();
        vm.warp(deadlineOf(0) + 1);
        rollup.activateExodus();
        assertTrue(rollup.exodusMode(), "exodus on while paused");
    }

    function test_exodus_refuses_commit_prove_revert_and_new_requests() public {
        depositAs(TRADER, DEPOSIT);
        (uint64 n, uint256 commitment) = commit(abi.encodePacked(TIMESTAMP), 0);
        vm.warp(deadlineOf(0) + 1);
        rollup.activateExodus();

        vm.expectRevert(Exodus.ExodusActive.selector);
        rollup.proveBatch(n, proofFor(commitment));
        vm.startPrank(SEQUENCER);
        vm.expectRevert(Exodus.ExodusActive.selector);
        rollup.commitBatch(OptionsRollup.BatchHeader(2, 0, 1, 1, 2), abi.encodePacked(TIMESTAMP, record(1, 2, TRADER, DEPOSIT)), new uint256[](0));
        vm.expectRevert(Exodus.ExodusActive.selector);
        rollup.revertBatches(0);
        vm.stopPrank();
        vm.startPrank(TRADER);
        vm.expectRevert(Exodus.ExodusActive.selector);
        rollup.deposit(TRADER, 1);
        vm.expectRevert(Exodus.ExodusActive.selector);
        rollup.forcedWithdrawal(2);
        vm.expectRevert(Exodus.ExodusActive.selector);
        rollup.registerKey(bytes32(uint256(1)));
        vm.stopPrank();
        assertEq(rollup.lastProvenBatch(), 0, "nothing proven");
    }

    function test_exodus_leaves_execution_of_finalized_batches_and_claims_open() public {
        depositAs(TRADER, DEPOSIT);
        uint64 n = commitAndProve(abi.encodePacked(TIMESTAMP, record(1, 2, TRADER, DEPOSIT), record(7, 2, OTHER, 20)), 1);
        vm.prank(TRADER);
        rollup.forcedWithdrawal(2);
        vm.warp(deadlineOf(1) + 1);
        vm.prank(GUARDIAN);
        rollup.pause();
        rollup.activateExodus();

        rollup.executeBatch(n, abi.encodePacked(OTHER, uint64(20)));
        vm.prank(OTHER);
        rollup.claim(20);
        assertEq(token.balanceOf(OTHER), 20, "claimed in exodus, paused");
    }

    function test_reclaimDeposit_credits_the_named_address_once() public {
        overdueWithTwoPendingDeposits();
        rollup.activateExodus();
        assertEq(rollup.exodusPriorityFirst(), 1, "deposit 0 was finalized");
        assertEq(rollup.reclaimableDeposits(), 18, "deposits 1 and 2");

        vm.expectEmit(true, true, false, true, address(rollup));
        emit DepositReclaimed(1, OTHER, 7);
        vm.prank(STRANGER);
        rollup.reclaimDeposit(1, OTHER, 7);
        assertEq(rollup.pendingWithdrawals(OTHER), 7, "credited to the address the deposit named");
        assertEq(rollup.reclaimableDeposits(), 11, "reserve lowered");
        vm.expectRevert(abi.encodeWithSelector(Exodus.DepositAlreadyReclaimed.selector, uint64(1)));
        rollup.reclaimDeposit(1, OTHER, 7);

        vm.prank(OTHER);
        rollup.claim(7);
        assertEq(token.balanceOf(OTHER), 7, "paid");
        vm.expectRevert(abi.encodeWithSelector(Exodus.DepositAlreadyReclaimed.selector, uint64(1)));
        rollup.reclaimDeposit(1, OTHER, 7);
    }

    function test_reclaimDeposit_refuses_a_deposit_a_finalized_batch_included() public {
        overdueWithTwoPendingDeposits();
        rollup.activateExodus();
        vm.expectRevert(abi.encodeWithSelector(Exodus.DepositIncluded.selector, uint64(0), uint64(1)));
        rollup.reclaimDeposit(0, TRADER, DEPOSIT);
    }

    function test_reclaimDeposit_refuses_other_fields_other_requests_and_unknown_indices() public {
        overdueWithTwoPendingDeposits();
        vm.prank(TRADER);
        uint64 forced = rollup.forcedWithdrawal(2);
        rollup.activateExodus();
        vm.expectRevert(abi.encodeWithSelector(Exodus.NotThisDeposit.selector, uint64(1)));
        rollup.reclaimDeposit(1, OTHER, 8);
        vm.expectRevert(abi.encodeWithSelector(Exodus.NotThisDeposit.selector, uint64(1)));
        rollup.reclaimDeposit(1, STRANGER, 7);
        vm.expectRevert(abi.encodeWithSelector(Exodus.NotThisDeposit.selector, forced));
        rollup.reclaimDeposit(forced, TRADER, 0);
        vm.expectRevert(abi.encodeWithSelector(Exodus.UnknownRequest.selector, uint64(4), uint64(4)));
        rollup.reclaimDeposit(4, TRADER, 1);
        assertEq(rollup.totalPendingWithdrawals(), 0, "nothing credited");
    }

    function test_reclaimDeposit_refuses_outside_exodus() public {
        overdueWithTwoPendingDeposits();
        vm.expectRevert(Exodus.ExodusNotActive.selector);
        rollup.reclaimDeposit(1, OTHER, 7);
    }
}
