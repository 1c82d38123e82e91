// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {TestBase} from "./support/TestBase.sol";
import {EchoVerifier} from "./support/EchoVerifier.sol";
import {DevnetStablecoin} from "../../src/test-tokens/DevnetStablecoin.sol";
import {IERC20} from "../../src/collateral/IERC20.sol";
import {OptionsRollup} from "../../src/OptionsRollup.sol";
import {RollupConfig} from "./support/RollupConfig.sol";
import {Governance} from "../../src/Governance.sol";

/// @notice proveBatch and revertBatches with a test-double verifier (EchoVerifier: a proof is
///         valid for the commitment in its a[0]).
contract BatchLifecycleTest is TestBase {
    address internal constant TRADER = address(0x7a);
    address internal constant STRANGER = address(0x5e);
    bytes internal constant EMPTY_PUBDATA = hex"000000006553f100";

    OptionsRollup internal rollup;
    DevnetStablecoin internal token;

    event BatchProven(uint64 indexed batchNumber, uint256 root, uint256 commitment);
    event BatchReverted(uint64 indexed batchNumber, uint256 commitment);

    function setUp() public {
        token = new DevnetStablecoin();
        rollup = new OptionsRollup(RollupConfig.single(IERC20(address(token)), new EchoVerifier(), address(this)));
    }

    function commitEmpty(uint64 n) internal returns (uint256 commitment) {
        OptionsRollup.BatchHeader memory h = OptionsRollup.BatchHeader(n, rollup.priorityCommitted(), rollup.priorityCommitted(), n - 1, n);
        rollup.commitBatch(h, EMPTY_PUBDATA, new uint256[](0));
        (, commitment,,,) = rollup.batches(n);
    }

    function proofFor(uint256 commitment) internal pure returns (OptionsRollup.Groth16Proof memory p) {
        p.a[0] = commitment;
    }

    function test_proveBatch_finalizes_with_a_valid_proof_from_anyone() public {
        uint256 c = commitEmpty(1);
        vm.expectEmit(true, false, false, true, address(rollup));
        emit BatchProven(1, 1, c);
        vm.prank(STRANGER);
        rollup.proveBatch(1, proofFor(c));
        assertEq(rollup.lastProvenBatch(), 1, "proven");
    }

    function test_proveBatch_refuses_a_bad_proof() public {
        uint256 c = commitEmpty(1);
        vm.expectRevert(abi.encodeWithSelector(OptionsRollup.InvalidProof.selector, uint64(1)));
        rollup.proveBatch(1, proofFor(c ^ 1));
        assertEq(rollup.lastProvenBatch(), 0, "nothing proven");
    }

    function test_proveBatch_refuses_a_proof_for_another_batch() public {
        uint256 c1 = commitEmpty(1);
        commitEmpty(2);
        rollup.proveBatch(1, proofFor(c1));
        vm.expectRevert(abi.encodeWithSelector(OptionsRollup.InvalidProof.selector, uint64(2)));
        rollup.proveBatch(2, proofFor(c1));
    }

    function test_proveBatch_refuses_out_of_order() public {
        commitEmpty(1);
        uint256 c2 = commitEmpty(2);
        vm.expectRevert(abi.encodeWithSelector(OptionsRollup.BatchOutOfOrder.selector, uint64(1), uint64(2)));
        rollup.proveBatch(2, proofFor(c2));
    }

    function test_proveBatch_refuses_an_unknown_batch() public {
        commitEmpty(1);
        vm.expectRevert(abi.encodeWithSelector(OptionsRollup.UnknownBatch.selector, uint64(2), uint64(1)));
        rollup.proveBatch(2, proofFor(0));
    }

    function test_proveBatch_refuses_an_already_proven_batch_and_genesis() public {
        uint256 c = commitEmpty(1);
        rollup.proveBatch(1, proofFor(c));
        vm.expectRevert(abi.encodeWithSelector(OptionsRollup.BatchAlreadyProven.selector, uint64(1), uint64(1)));
        rollup.proveBatch(1, proofFor(c));
        vm.expectRevert(abi.encodeWithSelector(OptionsRollup.BatchAlreadyProven.selector, uint64(0), uint64(1)));
        rollup.proveBatch(0, proofFor(0));
    }

    function test_revertBatches_drops_unproven_batches_and_reopens_their_priority_requests() public {
        token.mint(TRADER, 10);
        vm.startPrank(TRADER);
        token.approve(address(rollup), 10);
        rollup.deposit(TRADER, 10);
        vm.stopPrank();
        uint256 c1 = commitEmpty(1);
        rollup.proveBatch(1, proofFor(c1));
        // Batch 2 consumes the deposit (account 2 credited); batch 3 is empty.
        bytes memory deposit = abi.encodePacked(EMPTY_PUBDATA, uint8(1), uint32(2), TRADER, uint64(10));
        rollup.commitBatch(OptionsRollup.BatchHeader(2, 0, 1, 1, 2), deposit, new uint256[](0));
        uint256 c3 = commitEmpty(3);
        (, uint256 c2,,,) = rollup.batches(2);
        vm.expectEmit(true, false, false, true, address(rollup));
        emit BatchReverted(3, c3);
        vm.expectEmit(true, false, false, true, address(rollup));
        emit BatchReverted(2, c2);
        rollup.revertBatches(1);
        assertEq(rollup.lastCommittedBatch(), 1, "last committed");
        assertEq(rollup.priorityCommitted(), 0, "deposit pending again");
        (uint256 root, uint256 commitment,,,) = rollup.batches(2);
        assertEq(root, 0, "batch 2 deleted");
        assertEq(commitment, 0, "batch 2 commitment deleted");
        // The deposit must be consumed again, by a new batch 2 on top of batch 1.
        vm.expectRevert(abi.encodeWithSelector(OptionsRollup.PriorityRangeMismatch.selector, uint64(0), uint64(1), uint64(1), uint64(1)));
        rollup.commitBatch(OptionsRollup.BatchHeader(2, 1, 1, 1, 2), EMPTY_PUBDATA, new uint256[](0));
        rollup.commitBatch(OptionsRollup.BatchHeader(2, 0, 1, 1, 5), deposit, new uint256[](0));
        assertEq(rollup.priorityCommitted(), 1, "deposit consumed again");
    }

    function test_revertBatches_refuses_to_revert_a_proven_batch() public {
        uint256 c1 = commitEmpty(1);
        commitEmpty(2);
        rollup.proveBatch(1, proofFor(c1));
        vm.expectRevert(abi.encodeWithSelector(OptionsRollup.RevertTargetOutOfRange.selector, uint64(0), uint64(1), uint64(2)));
        rollup.revertBatches(0);
        vm.expectRevert(abi.encodeWithSelector(OptionsRollup.RevertTargetOutOfRange.selector, uint64(2), uint64(1), uint64(2)));
        rollup.revertBatches(2);
        assertEq(rollup.lastCommittedBatch(), 2, "nothing reverted");
    }

    function test_revertBatches_refuses_anyone_but_the_sequencer() public {
        commitEmpty(1);
        vm.expectRevert(abi.encodeWithSelector(Governance.NotSequencer.selector, STRANGER));
        vm.prank(STRANGER);
        rollup.revertBatches(0);
    }
}
