// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "./IERC20.sol";

/// @notice SafeERC20-style transfers of the collateral token. A call succeeds only if the token
///         returned nothing or exactly `true`, and a pull only if the contract's balance grew by
///         exactly the amount: fee-on-transfer and rebasing-down tokens are refused, since the
///         rollup credits L2 balances with the amount the L1 request names.
library SafeCollateral {
    error TokenCallFailed(address token, bytes returnData);
    error TransferAmountMismatch(uint256 expected, uint256 received);

    function pullExact(IERC20 token, address from, uint256 amount) internal {
        uint256 before = token.balanceOf(address(this));
        call(token, abi.encodeCall(IERC20.transferFrom, (from, address(this), amount)));
        uint256 received = token.balanceOf(address(this)) - before;
        if (received != amount) revert TransferAmountMismatch(amount, received);
    }

    function push(IERC20 token, address to, uint256 amount) internal {
        call(token, abi.encodeCall(IERC20.transfer, (to, amount)));
    }

    function call(IERC20 token, bytes memory data) private {
        // A call to an address without code succeeds with no return data; refuse it explicitly.
        if (address(token).code.length == 0) revert TokenCallFailed(address(token), "");
        (bool ok, bytes memory ret) = address(token).call(data);
        if (!ok || (ret.length != 0 && (ret.length != 32 || abi.decode(ret, (uint256)) != 1))) {
            revert TokenCallFailed(address(token), ret);
        }
    }
}
