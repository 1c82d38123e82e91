// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {TestBase} from "./support/TestBase.sol";
import {EchoVerifier} from "./support/EchoVerifier.sol";
import {HookToken, ReentrantClaimer, IClaim} from "./support/ReentrantToken.sol";
import {DevnetStablecoin} from "../../src/test-tokens/DevnetStablecoin.sol";
import {IERC20} from "../../src/collateral/IERC20.sol";
import {OptionsRollup} from "../../src/OptionsRollup.sol";
import {RollupConfig} from "./support/RollupConfig.sol";
import {Governance} from "../../src/Governance.sol";
import {PendingWithdrawals} from "../../src/PendingWithdrawals.sol";

/// @notice executeBatch (credits of finalized batches) and claim (pull payments).
contract ExecutionTest is TestBase {
    address internal constant TRADER = address(0x7a);
    address internal constant OTHER = address(0x0b);
    bytes8 internal constant TIMESTAMP = 0x000000006553f100;
    uint32 internal constant NO_ACCOUNT = type(uint32).max;
    uint64 internal constant DEPOSIT = 50_000_000;
    uint64 internal constant WITHDRAWAL = 20_000_000;

    event WithdrawalCredited(address indexed to, uint64 indexed batchNumber, uint64 amount);

    OptionsRollup internal rollup;
    DevnetStablecoin internal token;

    function setUp() public {
        deploy(new DevnetStablecoin());
    }

    function deploy(DevnetStablecoin collateralToken) internal {
        token = collateralToken;
        rollup = new OptionsRollup(RollupConfig.single(IERC20(address(token)), new EchoVerifier(), address(this)));
        token.mint(TRADER, 1_000 * uint256(DEPOSIT));
        vm.prank(TRADER);
        token.approve(address(rollup), type(uint256).max);
    }

    function record(uint8 kind, uint32 accountId, address to, uint64 amount) internal pure returns (bytes memory) {
        return abi.encodePacked(kind, accountId, to, amount);
    }

    /// @notice Commits `pubdata` as the next batch consuming every queued request, and proves it.
    function commitAndProve(bytes memory pubdata) internal returns (uint64 n) {
        n = rollup.lastCommittedBatch() + 1;
        uint64 first = rollup.priorityCommitted();
        rollup.commitBatch(OptionsRollup.BatchHeader(n, first, rollup.priorityCount(), n - 1, n), pubdata, new uint256[](0));
        (, uint256 commitment,,,) = rollup.batches(n);
        OptionsRollup.Groth16Proof memory proof;
        proof.a[0] = commitment;
        rollup.proveBatch(n, proof);
    }

    /// @notice A deposit of DEPOSIT to `to` (account 2) and an L2 withdrawal of WITHDRAWAL back to it.
    function depositAndWithdraw(address to) internal returns (uint64 n, bytes memory credits) {
        vm.prank(TRADER);
        rollup.deposit(to, DEPOSIT);
        n = commitAndProve(abi.encodePacked(TIMESTAMP, record(1, 2, to, DEPOSIT), record(7, 2, to, WITHDRAWAL)));
        credits = abi.encodePacked(to, WITHDRAWAL);
    }

    function test_executeBatch_credits_withdrawals_forced_withdrawals_and_refunds() public {
        vm.startPrank(TRADER);
        rollup.deposit(TRADER, DEPOSIT);
        rollup.deposit(OTHER, 7);
        rollup.forcedWithdrawal(2);
        rollup.forcedWithdrawal(3);
        vm.stopPrank();
        bytes memory pubdata = abi.encodePacked(
            TIMESTAMP,
            record(1, 2, TRADER, DEPOSIT),
            record(1, NO_ACCOUNT, OTHER, 7), // no effect: refunded to the address it named
            uint8(0),
            record(2, 2, TRADER, 1_000_000), // forced withdrawal of the free collateral
            record(2, 3, TRADER, 0), // not the owner: nothing withdrawn, nothing credited
            record(7, 2, TRADER, WITHDRAWAL)
        );
        bytes memory credits = abi.encodePacked(OTHER, uint64(7), TRADER, uint64(1_000_000), TRADER, WITHDRAWAL);
        uint64 n = commitAndProve(pubdata);
        assertEq(keccak256(rollup.creditsOf(pubdata)), keccak256(credits), "creditsOf");

        vm.expectEmit(true, true, false, true, address(rollup));
        emit WithdrawalCredited(OTHER, n, 7);
        vm.prank(OTHER);
        rollup.executeBatch(n, credits);
        assertEq(rollup.pendingWithdrawals(OTHER), 7, "refund");
        assertEq(rollup.pendingWithdrawals(TRADER), 1_000_000 + uint256(WITHDRAWAL), "forced + L2 withdrawal");
        assertEq(rollup.totalPendingWithdrawals(), 1_000_007 + uint256(WITHDRAWAL), "total pending");
        (,,,, bool executed) = rollup.batches(n);
        assertTrue(executed, "executed");
    }

    function test_executeBatch_refuses_a_batch_that_is_not_final() public {
        vm.prank(TRADER);
        rollup.deposit(TRADER, DEPOSIT);
        bytes memory pubdata = abi.encodePacked(TIMESTAMP, record(1, 2, TRADER, DEPOSIT), record(7, 2, TRADER, WITHDRAWAL));
        rollup.commitBatch(OptionsRollup.BatchHeader(1, 0, 1, 0, 1), pubdata, new uint256[](0));
        vm.expectRevert(abi.encodeWithSelector(OptionsRollup.BatchNotFinal.selector, uint64(1), uint64(0)));
        rollup.executeBatch(1, abi.encodePacked(TRADER, WITHDRAWAL));
        vm.expectRevert(abi.encodeWithSelector(OptionsRollup.BatchNotFinal.selector, uint64(0), uint64(0)));
        rollup.executeBatch(0, "");
    }

    function test_executeBatch_refuses_a_second_execution() public {
        (uint64 n, bytes memory credits) = depositAndWithdraw(TRADER);
        rollup.executeBatch(n, credits);
        vm.expectRevert(abi.encodeWithSelector(OptionsRollup.BatchAlreadyExecuted.selector, n));
        rollup.executeBatch(n, credits);
        assertEq(rollup.pendingWithdrawals(TRADER), WITHDRAWAL, "credited once");
    }

    function test_executeBatch_refuses_credits_that_differ_from_the_commit() public {
        (uint64 n, bytes memory credits) = depositAndWithdraw(TRADER);
        bytes32 expected = keccak256(abi.encodePacked(bytes32(0), TRADER, WITHDRAWAL));
        bytes memory inflated = abi.encodePacked(TRADER, WITHDRAWAL + 1);
        vm.expectRevert(abi.encodeWithSelector(OptionsRollup.CreditsMismatch.selector, n, expected, keccak256(abi.encodePacked(bytes32(0), inflated))));
        rollup.executeBatch(n, inflated);
        vm.expectRevert(abi.encodeWithSelector(OptionsRollup.CreditsMismatch.selector, n, expected, bytes32(0)));
        rollup.executeBatch(n, "");
        vm.expectRevert(abi.encodeWithSelector(OptionsRollup.CreditsMismatch.selector, n, expected, bytes32(0)));
        rollup.executeBatch(n, abi.encodePacked(credits, uint8(0)));
        vm.expectRevert();
        rollup.executeBatch(n, abi.encodePacked(credits, credits));
        assertEq(rollup.pendingWithdrawals(TRADER), 0, "nothing credited");
        rollup.executeBatch(n, credits);
        assertEq(rollup.pendingWithdrawals(TRADER), WITHDRAWAL, "the committed credits pass");
    }

    function test_executeBatch_refuses_a_batch_without_credits() public {
        uint64 n = commitAndProve(abi.encodePacked(TIMESTAMP, uint8(0)));
        vm.expectRevert(abi.encodeWithSelector(OptionsRollup.NothingToExecute.selector, n));
        rollup.executeBatch(n, "");
    }

    function test_claim_pays_the_pending_balance_once() public {
        (uint64 n, bytes memory credits) = depositAndWithdraw(TRADER);
        rollup.executeBatch(n, credits);
        uint256 before = token.balanceOf(TRADER);
        vm.prank(TRADER);
        rollup.claim(WITHDRAWAL);
        assertEq(token.balanceOf(TRADER), before + WITHDRAWAL, "paid");
        assertEq(token.balanceOf(address(rollup)), DEPOSIT - WITHDRAWAL, "contract keeps the rest");
        assertEq(rollup.pendingWithdrawals(TRADER), 0, "pending cleared");
        assertEq(rollup.totalPendingWithdrawals(), 0, "total cleared");
        vm.expectRevert(abi.encodeWithSelector(PendingWithdrawals.ClaimOutOfRange.selector, uint256(WITHDRAWAL), uint256(0)));
        vm.prank(TRADER);
        rollup.claim(WITHDRAWAL);
    }

    function test_claim_refuses_more_than_the_balance_and_zero() public {
        (uint64 n, bytes memory credits) = depositAndWithdraw(TRADER);
        rollup.executeBatch(n, credits);
        vm.expectRevert(abi.encodeWithSelector(PendingWithdrawals.ClaimOutOfRange.selector, uint256(WITHDRAWAL) + 1, uint256(WITHDRAWAL)));
        vm.prank(TRADER);
        rollup.claim(uint256(WITHDRAWAL) + 1);
        vm.expectRevert(abi.encodeWithSelector(PendingWithdrawals.ClaimOutOfRange.selector, uint256(0), uint256(WITHDRAWAL)));
        vm.prank(TRADER);
        rollup.claim(0);
        vm.expectRevert(abi.encodeWithSelector(PendingWithdrawals.ClaimOutOfRange.selector, uint256(1), uint256(0)));
        vm.prank(OTHER);
        rollup.claim(1);
        assertEq(rollup.pendingWithdrawals(TRADER), WITHDRAWAL, "untouched");
    }

    function test_claim_refuses_reentry_through_the_token() public {
        deploy(new HookToken());
        ReentrantClaimer claimer = new ReentrantClaimer(IClaim(address(rollup)));
        (uint64 n, bytes memory credits) = depositAndWithdraw(address(claimer));
        rollup.executeBatch(n, credits);
        // Claims half; from inside the payment it claims the other half again.
        claimer.claim(WITHDRAWAL / 2, WITHDRAWAL / 2);
        assertTrue(claimer.reentered(), "the hook ran");
        assertTrue(!claimer.reentrySucceeded(), "reentry refused");
        assertEq(keccak256(claimer.reentryRevertData()), keccak256(abi.encodeWithSelector(PendingWithdrawals.Reentrancy.selector)), "by the guard");
        assertEq(token.balanceOf(address(claimer)), WITHDRAWAL / 2, "paid once");
        assertEq(rollup.pendingWithdrawals(address(claimer)), WITHDRAWAL / 2, "the rest stays pending");
        assertEq(token.balanceOf(address(rollup)), DEPOSIT - WITHDRAWAL / 2, "contract balance");
    }

    /// @notice Fuzz: after any credit and any sequence of two partial claims, the contract still
    ///         holds at least every pending balance, and nobody is paid more than credited.
    function testFuzz_partial_claims_keep_pending_covered(uint64 withdrawal, uint64 first, uint64 second) public {
        vm.assume(withdrawal > 0 && withdrawal <= DEPOSIT);
        vm.prank(TRADER);
        rollup.deposit(TRADER, DEPOSIT);
        uint64 n = commitAndProve(abi.encodePacked(TIMESTAMP, record(1, 2, TRADER, DEPOSIT), record(7, 2, TRADER, withdrawal)));
        rollup.executeBatch(n, abi.encodePacked(TRADER, withdrawal));
        uint256 paid;
        uint64[2] memory amounts = [first, second];
        for (uint256 i = 0; i < 2; i++) {
            uint256 available = rollup.pendingWithdrawals(TRADER);
            if (amounts[i] == 0 || amounts[i] > available) {
                vm.expectRevert(abi.encodeWithSelector(PendingWithdrawals.ClaimOutOfRange.selector, uint256(amounts[i]), available));
            } else {
                paid += amounts[i];
            }
            vm.prank(TRADER);
            rollup.claim(amounts[i]);
            assertGe(token.balanceOf(address(rollup)), rollup.totalPendingWithdrawals(), "balance covers pending");
        }
        assertLe(paid, withdrawal, "never more than credited");
        assertEq(rollup.pendingWithdrawals(TRADER), withdrawal - paid, "pending = credited - paid");
    }
}
