// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {TestBase} from "./TestBase.sol";
import {EchoVerifier} from "./EchoVerifier.sol";
import {RollupConfig} from "./RollupConfig.sol";
import {DevnetStablecoin} from "../../../src/test-tokens/DevnetStablecoin.sol";
import {IERC20} from "../../../src/collateral/IERC20.sol";
import {OptionsRollup} from "../../../src/OptionsRollup.sol";

/// @notice A rollup whose sequencer, governance and guardian are three different addresses, a
///         funded trader, and helpers to move batches through their lifecycle.
abstract contract RolesHarness is TestBase {
    address internal constant SEQUENCER = address(0x5e9);
    address internal constant GOVERNANCE = address(0x90f);
    address internal constant GUARDIAN = address(0x9a4d);
    address internal constant TRADER = address(0x7a);
    address internal constant STRANGER = address(0x5e);
    bytes8 internal constant TIMESTAMP = 0x000000006553f100;
    uint64 internal constant DEPOSIT = 50_000_000;

    OptionsRollup internal rollup;
    DevnetStablecoin internal token;

    function setUp() public virtual {
        token = new DevnetStablecoin();
        rollup = new OptionsRollup(RollupConfig.roles(IERC20(address(token)), new EchoVerifier(), SEQUENCER, GOVERNANCE, GUARDIAN));
        token.mint(TRADER, 1_000 * uint256(DEPOSIT));
        vm.prank(TRADER);
        token.approve(address(rollup), type(uint256).max);
    }

    function record(uint8 kind, uint32 accountId, address to, uint64 amount) internal pure returns (bytes memory) {
        return abi.encodePacked(kind, accountId, to, amount);
    }

    function depositAs(address to, uint64 amount) internal returns (uint64 index) {
        vm.prank(TRADER);
        return rollup.deposit(to, amount);
    }

    /// @notice Commits `pubdata` as the next batch (new root = its number), consuming `end - first` requests.
    function commit(bytes memory pubdata, uint64 end) internal returns (uint64 n, uint256 commitment) {
        n = rollup.lastCommittedBatch() + 1;
        OptionsRollup.BatchHeader memory header = OptionsRollup.BatchHeader(n, rollup.priorityCommitted(), end, n - 1, n);
        vm.prank(SEQUENCER);
        rollup.commitBatch(header, pubdata, new uint256[](0));
        (, commitment,,,) = rollup.batches(n);
    }

    function proofFor(uint256 commitment) internal pure returns (OptionsRollup.Groth16Proof memory p) {
        p.a[0] = commitment;
    }

    function commitAndProve(bytes memory pubdata, uint64 end) internal returns (uint64 n) {
        uint256 commitment;
        (n, commitment) = commit(pubdata, end);
        rollup.proveBatch(n, proofFor(commitment));
    }
}
