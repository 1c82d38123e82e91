// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {RolesHarness} from "./support/RolesHarness.sol";
import {EchoVerifier} from "./support/EchoVerifier.sol";
import {OptionsRollup} from "../../src/OptionsRollup.sol";
import {IVerifier} from "../../src/IVerifier.sol";
import {Governance} from "../../src/Governance.sol";

/// @notice Roles, the governance timelock and the pause.
contract GovernanceTest is RolesHarness {
    event ProposalCreated(uint256 indexed id, uint8 indexed kind, uint256 value, uint64 eta);
    event ProposalExecuted(uint256 indexed id, uint8 indexed kind, uint256 value);
    event ProposalCancelled(uint256 indexed id);
    event Paused(address indexed by);

    uint64 internal constant DELAY = 1 days;

    function propose(uint8 kind, uint256 value) internal returns (uint256 id) {
        vm.prank(GOVERNANCE);
        return rollup.propose(kind, value);
    }

    function execute(uint256 id) internal {
        vm.prank(GOVERNANCE);
        rollup.executeProposal(id);
    }

    function test_verifier_changes_only_after_the_timelock() public {
        IVerifier next = new EchoVerifier();
        uint8 kind = rollup.SET_VERIFIER();
        vm.expectEmit(true, true, false, true, address(rollup));
        emit ProposalCreated(1, kind, uint160(address(next)), uint64(block.timestamp) + DELAY);
        uint256 id = propose(kind, uint160(address(next)));
        uint64 eta = uint64(block.timestamp) + DELAY;

        vm.warp(eta - 1);
        vm.expectRevert(abi.encodeWithSelector(Governance.TimelockNotElapsed.selector, id, eta, eta - 1));
        execute(id);
        assertTrue(address(rollup.verifier()) != address(next), "unchanged before the delay");

        vm.warp(eta);
        vm.expectEmit(true, true, false, true, address(rollup));
        emit ProposalExecuted(id, kind, uint160(address(next)));
        execute(id);
        assertEq(address(rollup.verifier()), address(next), "verifier after the delay");
    }

    function test_executeProposal_refuses_a_replayed_proposal() public {
        uint256 id = propose(rollup.SET_SEQUENCER(), uint160(STRANGER));
        vm.warp(block.timestamp + DELAY);
        execute(id);
        vm.expectRevert(abi.encodeWithSelector(Governance.ProposalNotPending.selector, id, Governance.ProposalState.Executed));
        execute(id);
    }

    function test_cancelled_proposal_never_executes() public {
        uint256 id = propose(rollup.SET_GUARDIAN(), uint160(STRANGER));
        vm.expectEmit(true, false, false, false, address(rollup));
        emit ProposalCancelled(id);
        vm.prank(GOVERNANCE);
        rollup.cancelProposal(id);
        vm.warp(block.timestamp + DELAY);
        vm.expectRevert(abi.encodeWithSelector(Governance.ProposalNotPending.selector, id, Governance.ProposalState.Cancelled));
        execute(id);
        assertEq(rollup.guardian(), GUARDIAN, "guardian unchanged");
        vm.expectRevert(abi.encodeWithSelector(Governance.ProposalNotPending.selector, id, Governance.ProposalState.Cancelled));
        vm.prank(GOVERNANCE);
        rollup.cancelProposal(id);
    }

    function test_executeProposal_refuses_an_unknown_proposal() public {
        vm.expectRevert(abi.encodeWithSelector(Governance.ProposalNotPending.selector, uint256(7), Governance.ProposalState.None));
        execute(7);
    }

    function test_governance_calls_refuse_every_other_role() public {
        uint8 kind = rollup.SET_VERIFIER();
        address[3] memory others = [SEQUENCER, GUARDIAN, STRANGER];
        for (uint256 i = 0; i < others.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(Governance.NotGovernance.selector, others[i]));
            vm.prank(others[i]);
            rollup.propose(kind, 1);
        }
        uint256 id = propose(kind, uint160(STRANGER));
        vm.warp(block.timestamp + DELAY);
        vm.expectRevert(abi.encodeWithSelector(Governance.NotGovernance.selector, SEQUENCER));
        vm.prank(SEQUENCER);
        rollup.executeProposal(id);
        vm.expectRevert(abi.encodeWithSelector(Governance.NotGovernance.selector, GUARDIAN));
        vm.prank(GUARDIAN);
        rollup.cancelProposal(id);
        vm.expectRevert(abi.encodeWithSelector(Governance.NotGovernance.selector, GUARDIAN));
        vm.prank(GUARDIAN);
        rollup.unpause();
    }

    function test_propose_refuses_bad_values_and_unknown_kinds() public {
        uint8 setVerifier = rollup.SET_VERIFIER();
        uint8 setDeadline = rollup.SET_PRIORITY_DEADLINE();
        vm.startPrank(GOVERNANCE);
        vm.expectRevert(OptionsRollup.ZeroAddress.selector);
        rollup.propose(setVerifier, 0);
        vm.expectRevert(OptionsRollup.ZeroAddress.selector);
        rollup.propose(setVerifier, 1 << 160);
        vm.expectRevert(bytes4(keccak256("ZeroDeadline()")));
        rollup.propose(setDeadline, 0);
        vm.expectRevert(abi.encodeWithSelector(Governance.UnknownProposalKind.selector, uint8(9)));
        rollup.propose(9, 1);
        vm.stopPrank();
        assertEq(rollup.proposalCount(), 0, "nothing proposed");
    }

    function test_sequencer_change_moves_the_commit_right() public {
        uint256 id = propose(rollup.SET_SEQUENCER(), uint160(STRANGER));
        vm.warp(block.timestamp + DELAY);
        execute(id);
        OptionsRollup.BatchHeader memory h = OptionsRollup.BatchHeader(1, 0, 0, 0, 1);
        bytes memory pubdata = abi.encodePacked(TIMESTAMP);
        vm.expectRevert(abi.encodeWithSelector(Governance.NotSequencer.selector, SEQUENCER));
        vm.prank(SEQUENCER);
        rollup.commitBatch(h, pubdata, new uint256[](0));
        vm.prank(STRANGER);
        rollup.commitBatch(h, pubdata, new uint256[](0));
        assertEq(rollup.lastCommittedBatch(), 1, "committed by the new sequencer");
    }

    function test_priority_deadline_change_applies_to_later_requests_only() public {
        uint64 before = depositAs(TRADER, 1);
        uint256 id = propose(rollup.SET_PRIORITY_DEADLINE(), 5 minutes);
        vm.warp(block.timestamp + DELAY);
        execute(id);
        uint64 later = depositAs(TRADER, 1);
        (, uint64 beforeDeadline) = rollup.priorityEntry(before);
        (, uint64 laterDeadline) = rollup.priorityEntry(later);
        assertEq(beforeDeadline, block.timestamp - DELAY + 1 hours, "queued request keeps its deadline");
        assertEq(laterDeadline, block.timestamp + 5 minutes, "new deadline");
    }

    function test_pause_by_the_guardian_stops_commit_prove_and_deposits() public {
        (uint64 n, uint256 commitment) = commit(abi.encodePacked(TIMESTAMP), 0);
        vm.expectEmit(true, false, false, false, address(rollup));
        emit Paused(GUARDIAN);
        vm.prank(GUARDIAN);
        rollup.pause();

        vm.expectRevert(Governance.IsPaused.selector);
        rollup.proveBatch(n, proofFor(commitment));
        vm.expectRevert(Governance.IsPaused.selector);
        vm.prank(SEQUENCER);
        rollup.commitBatch(OptionsRollup.BatchHeader(2, 0, 0, 1, 2), abi.encodePacked(TIMESTAMP), new uint256[](0));
        vm.expectRevert(Governance.IsPaused.selector);
        vm.prank(TRADER);
        rollup.deposit(TRADER, 1);

        vm.prank(GOVERNANCE);
        rollup.unpause();
        rollup.proveBatch(n, proofFor(commitment));
        assertEq(rollup.lastProvenBatch(), n, "proven after unpause");
    }

    function test_pause_refuses_strangers_and_the_sequencer_and_a_second_pause() public {
        vm.expectRevert(abi.encodeWithSelector(Governance.NotPauser.selector, STRANGER));
        vm.prank(STRANGER);
        rollup.pause();
        vm.expectRevert(abi.encodeWithSelector(Governance.NotPauser.selector, SEQUENCER));
        vm.prank(SEQUENCER);
        rollup.pause();
        vm.prank(GOVERNANCE);
        rollup.pause();
        vm.expectRevert(Governance.IsPaused.selector);
        vm.prank(GUARDIAN);
        rollup.pause();
        vm.prank(GOVERNANCE);
        rollup.unpause();
        vm.expectRevert(Governance.NotPaused.selector);
        vm.prank(GOVERNANCE);
        rollup.unpause();
    }

    function test_pause_leaves_execution_claims_forced_withdrawals_and_reverts_open() public {
        depositAs(TRADER, DEPOSIT);
        bytes memory pubdata = abi.encodePacked(TIMESTAMP, record(1, 2, TRADER, DEPOSIT), record(7, 2, TRADER, 20));
        uint64 n = commitAndProve(pubdata, 1);
        commit(abi.encodePacked(TIMESTAMP), 1);
        vm.prank(GUARDIAN);
        rollup.pause();

        rollup.executeBatch(n, abi.encodePacked(TRADER, uint64(20)));
        vm.prank(TRADER);
        rollup.claim(20);
        assertEq(token.balanceOf(TRADER), 1_000 * uint256(DEPOSIT) - DEPOSIT + 20, "claimed while paused");
        vm.prank(TRADER);
        uint64 index = rollup.forcedWithdrawal(2);
        assertEq(index, 1, "forced withdrawal queued while paused");
        vm.prank(SEQUENCER);
        rollup.revertBatches(n);
        assertEq(rollup.lastCommittedBatch(), n, "unproven batch reverted while paused");
    }
}
