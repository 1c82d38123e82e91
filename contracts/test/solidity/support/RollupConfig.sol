// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "../../../src/collateral/IERC20.sol";
import {IVerifier} from "../../../src/IVerifier.sol";
import {OptionsRollup} from "../../../src/OptionsRollup.sol";
import {PoseidonT3} from "../../../generated/PoseidonT3.sol";
import {PoseidonT4} from "../../../generated/PoseidonT4.sol";
import {PoseidonT8} from "../../../generated/PoseidonT8.sol";

/// @notice The deployments the tests use: deadlines of an hour, a one-day timelock, fresh
///         Poseidon contracts and an accounts tree of depth 8.
library RollupConfig {
    uint8 internal constant ACCOUNTS_DEPTH = 8;

    function single(IERC20 token, IVerifier verifier, address operator) internal returns (OptionsRollup.Config memory) {
        return roles(token, verifier, operator, operator, operator);
    }

    function roles(IERC20 token, IVerifier verifier, address sequencer, address governance, address guardian)
        internal
        returns (OptionsRollup.Config memory)
    {
        return OptionsRollup.Config(
            token, verifier, sequencer, governance, guardian, 0, 1 hours, 1 days, new PoseidonT3(), new PoseidonT4(), new PoseidonT8(), ACCOUNTS_DEPTH
        );
    }
}
