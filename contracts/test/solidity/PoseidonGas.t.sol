// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {TestBase} from "./support/TestBase.sol";
import {PoseidonT3} from "../../generated/PoseidonT3.sol";
import {PoseidonT4} from "../../generated/PoseidonT4.sol";
import {PoseidonT8} from "../../generated/PoseidonT8.sol";

/// @notice Gas of one external hash call as a contract pays it (warm account, call included).
///         Budgets are ceilings that fail the test if the generated code regresses.
contract PoseidonGasTest is TestBase {
    PoseidonT3 internal t3 = new PoseidonT3();
    PoseidonT4 internal t4 = new PoseidonT4();
    PoseidonT8 internal t8 = new PoseidonT8();

    event GasUsed(string what, uint256 gas);

    function test_gas_t3_node_hash() public {
        t3.hash([uint256(1), 2]);
        uint256 before = gasleft();
        uint256 h = t3.hash([uint256(1), 2]);
        uint256 used = before - gasleft();
        emit GasUsed("PoseidonT3.hash", used);
        assertEq(h, 7853200120776062878684798364095072458815029376092732009249414926327459813530, "Poseidon(1, 2)");
        assertLe(used, 20_000, "t3 gas budget");
    }

    function test_gas_t4_hash() public {
        t4.hash([uint256(1), 2, 3]);
        uint256 before = gasleft();
        t4.hash([uint256(1), 2, 3]);
        uint256 used = before - gasleft();
        emit GasUsed("PoseidonT4.hash", used);
        assertLe(used, 26_000, "t4 gas budget");
    }

    function test_gas_t8_leaf_hash() public {
        uint256[7] memory inputs = [uint256(1), 2, 3, 4, 5, 6, 7];
        t8.hash(inputs);
        uint256 before = gasleft();
        t8.hash(inputs);
        uint256 used = before - gasleft();
        emit GasUsed("PoseidonT8.hash", used);
        assertLe(used, 135_000, "t8 gas budget");
    }
}
