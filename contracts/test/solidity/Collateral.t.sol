// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {TestBase} from "./support/TestBase.sol";
import {DevnetStablecoin} from "../../src/test-tokens/DevnetStablecoin.sol";
import {FeeOnTransferToken, FalseReturningToken, NoReturnToken, EighteenDecimalToken} from "./support/MisbehavingTokens.sol";
import {IERC20} from "../../src/collateral/IERC20.sol";
import {SafeCollateral} from "../../src/collateral/SafeCollateral.sol";
import {OptionsRollup} from "../../src/OptionsRollup.sol";
import {RollupConfig} from "./support/RollupConfig.sol";
import {EchoVerifier} from "./support/EchoVerifier.sol";

contract CollateralTest is TestBase {
    address internal constant TRADER = address(0x7a);
    uint64 internal constant AMOUNT = 1_000_000;

    function deployWith(DevnetStablecoin token) internal returns (OptionsRollup rollup) {
        rollup = new OptionsRollup(RollupConfig.single(IERC20(address(token)), new EchoVerifier(), address(this)));
        token.mint(TRADER, 10 * uint256(AMOUNT));
        vm.prank(TRADER);
        token.approve(address(rollup), type(uint256).max);
    }

    function test_deposit_pulls_exactly_the_amount() public {
        DevnetStablecoin token = new DevnetStablecoin();
        OptionsRollup rollup = deployWith(token);
        vm.prank(TRADER);
        rollup.deposit(TRADER, AMOUNT);
        assertEq(token.balanceOf(address(rollup)), AMOUNT, "contract balance");
        assertEq(token.balanceOf(TRADER), 9 * uint256(AMOUNT), "trader balance");
        assertEq(rollup.priorityCount(), 1, "queued");
    }

    function test_deposit_refuses_a_fee_on_transfer_token() public {
        OptionsRollup rollup = deployWith(new FeeOnTransferToken());
        vm.expectRevert(abi.encodeWithSelector(SafeCollateral.TransferAmountMismatch.selector, uint256(AMOUNT), uint256(AMOUNT - AMOUNT / 100)));
        vm.prank(TRADER);
        rollup.deposit(TRADER, AMOUNT);
    }

    function test_deposit_refuses_a_token_answering_false() public {
        FalseReturningToken token = new FalseReturningToken();
        OptionsRollup rollup = deployWith(token);
        vm.expectRevert(abi.encodeWithSelector(SafeCollateral.TokenCallFailed.selector, address(token), abi.encode(false)));
        vm.prank(TRADER);
        rollup.deposit(TRADER, AMOUNT);
    }

    function test_deposit_accepts_a_token_returning_nothing() public {
        NoReturnToken token = new NoReturnToken();
        OptionsRollup rollup = deployWith(token);
        vm.prank(TRADER);
        rollup.deposit(TRADER, AMOUNT);
        assertEq(token.balanceOf(address(rollup)), AMOUNT, "contract balance");
    }

    function test_deposit_refuses_zero_and_out_of_range_amounts_and_the_zero_address() public {
        OptionsRollup rollup = deployWith(new DevnetStablecoin());
        vm.expectRevert(abi.encodeWithSelector(OptionsRollup.AmountOutOfRange.selector, uint256(0)));
        rollup.deposit(TRADER, 0);
        vm.expectRevert(abi.encodeWithSelector(OptionsRollup.AmountOutOfRange.selector, uint256(1 << 63)));
        rollup.deposit(TRADER, uint64(1 << 63));
        vm.expectRevert(OptionsRollup.ZeroAddress.selector);
        rollup.deposit(address(0), AMOUNT);
    }

    function test_deposit_without_allowance_moves_nothing() public {
        DevnetStablecoin token = new DevnetStablecoin();
        OptionsRollup rollup = new OptionsRollup(RollupConfig.single(IERC20(address(token)), new EchoVerifier(), address(this)));
        token.mint(TRADER, AMOUNT);
        vm.expectRevert();
        vm.prank(TRADER);
        rollup.deposit(TRADER, AMOUNT);
        assertEq(rollup.priorityCount(), 0, "nothing queued");
    }

    function test_collateral_must_have_six_decimals() public {
        EighteenDecimalToken token = new EighteenDecimalToken();
        OptionsRollup.Config memory config = RollupConfig.single(IERC20(address(token)), new EchoVerifier(), address(this));
        vm.expectRevert(abi.encodeWithSelector(OptionsRollup.CollateralNotSixDecimals.selector, uint8(18)));
        new OptionsRollup(config);
    }

    /// @notice Fuzz: any in-range deposit lands in full and is queued once.
    function testFuzz_deposit_balance_grows_by_the_amount(uint64 amount) public {
        vm.assume(amount > 0 && amount < (1 << 63));
        DevnetStablecoin token = new DevnetStablecoin();
        OptionsRollup rollup = new OptionsRollup(RollupConfig.single(IERC20(address(token)), new EchoVerifier(), address(this)));
        token.mint(TRADER, amount);
        vm.startPrank(TRADER);
        token.approve(address(rollup), amount);
        rollup.deposit(TRADER, amount);
        vm.stopPrank();
        assertEq(token.balanceOf(address(rollup)), amount, "contract balance");
        assertEq(rollup.priorityCount(), 1, "queued");
    }
}
