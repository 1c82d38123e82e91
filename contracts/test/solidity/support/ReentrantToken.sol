// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {DevnetStablecoin} from "../../../src/test-tokens/DevnetStablecoin.sol";

interface ITokensReceived {
    function tokensReceived(uint256 amount) external;
}

interface IClaim {
    function claim(uint256 amount) external;
}

/// @notice A collateral token with an ERC-777-style hook: every transfer to a contract calls
///         its tokensReceived, handing control to the receiver in the middle of the payer's call.
contract HookToken is DevnetStablecoin {
    function transfer(address to, uint256 amount) external override returns (bool) {
        _move(msg.sender, to, amount);
        if (to.code.length != 0) ITokensReceived(to).tokensReceived(amount);
        return true;
    }
}

/// @notice An L1 address that, paid through the hook, claims again from inside the payment and
///         records how that second claim ended.
contract ReentrantClaimer is ITokensReceived {
    IClaim public immutable rollup;
    uint256 public reentryAmount;
    bool public reentered;
    bool public reentrySucceeded;
    bytes public reentryRevertData;

    constructor(IClaim rollup_) {
        rollup = rollup_;
    }

    function claim(uint256 amount, uint256 reentry) external {
        reentryAmount = reentry;
        rollup.claim(amount);
    }

    function tokensReceived(uint256) external {
        if (reentered) return;
        reentered = true;
        try rollup.claim(reentryAmount) {
            reentrySucceeded = true;
        } catch (bytes memory data) {
            reentryRevertData = data;
        }
    }
}
