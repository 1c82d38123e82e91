// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {DevnetStablecoin} from "../../../src/test-tokens/DevnetStablecoin.sol";

/// @notice Keeps 1% of every transfer, so the receiver gets less than the amount named.
contract FeeOnTransferToken is DevnetStablecoin {
    function transferFrom(address from, address to, uint256 amount) external override returns (bool) {
        _spendAllowance(from, amount);
        uint256 fee = amount / 100;
        _move(from, address(0xFEE), fee);
        _move(from, to, amount - fee);
        return true;
    }
}

/// @notice Answers false instead of reverting, and moves nothing.
contract FalseReturningToken is DevnetStablecoin {
    function transferFrom(address, address, uint256) external pure override returns (bool) {
        return false;
    }
}

/// @notice USDT-style: moves the tokens but returns no value.
contract NoReturnToken is DevnetStablecoin {
    function transferFrom(address from, address to, uint256 amount) external override returns (bool) {
        _spendAllowance(from, amount);
        _move(from, to, amount);
        assembly {
            return(0, 0)
        }
    }
}

/// @notice A token with 18 decimals, which the rollup's micro-USD units cannot represent.
contract EighteenDecimalToken {
    function decimals() external pure returns (uint8) {
        return 18;
    }
}
