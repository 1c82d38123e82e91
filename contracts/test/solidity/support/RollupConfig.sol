// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "../../../src/collateral/IERC20.sol";
import {IVerifier} from "../../../src/IVerifier.sol";
import {OptionsRollup} from "../../../src/OptionsRollup.sol";

/// @notice The deployments the tests use: deadlines of an hour and a one-day timelock.
library RollupConfig {
    function single(IERC20 token, IVerifier verifier, address operator) internal pure returns (OptionsRollup.Config memory) {
        return OptionsRollup.Config(token, verifier, operator, operator, operator, 0, 1 hours, 1 days);
    }

    function roles(IERC20 token, IVerifier verifier, address sequencer, address governance, address guardian)
        internal
        pure
        returns (OptionsRollup.Config memory)
    {
        return OptionsRollup.Config(token, verifier, sequencer, governance, guardian, 0, 1 hours, 1 days);
    }
}
