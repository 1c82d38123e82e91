// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Vm} from "./Vm.sol";

/// @notice Assertions and cheatcode access for the Solidity tests. A failed assertion reverts,
///         which the test runner reports as a failure with the message.
abstract contract TestBase {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    error AssertionFailed(string message, uint256 left, uint256 right);
    error AssertionFailedBytes32(string message, bytes32 left, bytes32 right);
    error AssertionFailedAddress(string message, address left, address right);
    error AssertionFailedBool(string message);

    function assertEq(uint256 left, uint256 right, string memory message) internal pure {
        if (left != right) revert AssertionFailed(message, left, right);
    }

    function assertEq(bytes32 left, bytes32 right, string memory message) internal pure {
        if (left != right) revert AssertionFailedBytes32(message, left, right);
    }

    function assertEq(address left, address right, string memory message) internal pure {
        if (left != right) revert AssertionFailedAddress(message, left, right);
    }

    function assertTrue(bool condition, string memory message) internal pure {
        if (!condition) revert AssertionFailedBool(message);
    }

    function assertGe(uint256 left, uint256 right, string memory message) internal pure {
        if (left < right) revert AssertionFailed(message, left, right);
    }

    function assertLe(uint256 left, uint256 right, string memory message) internal pure {
        if (left > right) revert AssertionFailed(message, left, right);
    }
}
