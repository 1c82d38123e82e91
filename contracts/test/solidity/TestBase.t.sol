// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {TestBase} from "./support/TestBase.sol";

/// @notice The assertions every other Solidity test relies on must be able to fail.
contract TestBaseTest is TestBase {
    function assertEqExternal(uint256 left, uint256 right) external pure {
        assertEq(left, right, "mismatch");
    }

    function test_assertEq_reverts_on_different_values() public {
        vm.expectRevert(abi.encodeWithSelector(AssertionFailed.selector, "mismatch", uint256(1), uint256(2)));
        this.assertEqExternal(1, 2);
    }

    function test_assertEq_passes_on_equal_values() public view {
        this.assertEqExternal(7, 7);
    }

    function test_cheatcode_prank_sets_the_caller() public {
        vm.prank(address(0xBEEF));
        assertEq(this.caller(), address(0xBEEF), "prank");
        assertEq(this.caller(), address(this), "prank lasts one call");
    }

    function caller() external view returns (address) {
        return msg.sender;
    }
}
