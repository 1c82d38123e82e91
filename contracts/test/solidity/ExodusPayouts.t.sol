// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {RolesHarness} from "./support/RolesHarness.sol";
import {OptionsRollup} from "../../src/OptionsRollup.sol";
import {AccountProof} from "../../src/AccountProof.sol";
import {PositionValuation} from "../../src/PositionValuation.sol";
import {PoseidonT3} from "../../generated/PoseidonT3.sol";
import {PoseidonT8} from "../../generated/PoseidonT8.sol";

/// @notice Fuzz: in exodus, whatever the order of exits, deposit reclaims, execution of a
///         finalized withdrawal and claims, and however much the contract holds, the contract
///         never pays out more than came in, an exit never takes what is reserved for pending
///         balances or reclaimable deposits, and each deposit the operator never served can be
///         reclaimed and paid in full.
contract ExodusPayoutsTest is RolesHarness {
    uint256 internal constant ACCOUNTS = 4;
    uint256 internal constant DEPOSITS = 3;
    uint8 internal constant DEPTH = 8;

    PoseidonT3 internal t3;
    PoseidonT8 internal t8;
    uint256[7] internal stateFields;
    uint64[ACCOUNTS] internal collaterals;
    uint64[DEPOSITS] internal deposits;
    uint64 internal withdrawn;
    uint256 internal paidIn;

    function owner(uint256 i) internal pure returns (address) {
        return address(uint160(0xA000 + i));
    }

    function depositor(uint256 i) internal pure returns (address) {
        return address(uint160(0xD000 + i));
    }

    function leafOf(uint256 i) internal view returns (AccountProof.AccountLeaf memory) {
        return AccountProof.AccountLeaf(0, 0, owner(i), 0, collaterals[i], rollup.emptyPositionsRoot(), 0);
    }

    function leafHash(uint256 i) internal view returns (uint256) {
        AccountProof.AccountLeaf memory a = leafOf(i);
        return t8.hash([a.keyX, a.keyY, uint256(uint160(a.l1Address)), a.nonce, a.collateral, a.positionsRoot, a.fillsRoot]);
    }

    /// @notice Accounts 0..3 in a depth-8 tree: their two pairs, then empty subtrees up to the root.
    function buildState() internal returns (uint256[ACCOUNTS][DEPTH] memory siblings) {
        uint256[ACCOUNTS] memory leaves;
        for (uint256 i = 0; i < ACCOUNTS; ++i) leaves[i] = leafHash(i);
        uint256 left = t3.hash([leaves[0], leaves[1]]);
        uint256 right = t3.hash([leaves[2], leaves[3]]);
        uint256 node = t3.hash([left, right]);
        uint256 empty = t3.hash([uint256(0), 0]);
        for (uint256 i = 0; i < ACCOUNTS; ++i) {
            siblings[0][i] = leaves[i ^ 1];
            siblings[1][i] = i < 2 ? right : left;
        }
        for (uint256 h = 2; h < DEPTH; ++h) {
            for (uint256 i = 0; i < ACCOUNTS; ++i) siblings[h][i] = empty;
            node = t3.hash([node, empty]);
            empty = t3.hash([empty, empty]);
        }
        stateFields = [node, 1, 2, 3, 4, 5, 6];
    }

    function proofOf(uint256[ACCOUNTS][DEPTH] memory siblings, uint256 i) internal pure returns (uint256[] memory path) {
        path = new uint256[](DEPTH);
        for (uint256 h = 0; h < DEPTH; ++h) path[h] = siblings[h][i];
    }

    function paidOut() internal view returns (uint256 sum) {
        for (uint256 i = 0; i < ACCOUNTS; ++i) sum += token.balanceOf(owner(i));
        for (uint256 i = 0; i < DEPOSITS; ++i) sum += token.balanceOf(depositor(i));
    }

    function checkHoldings() internal view {
        uint256 held = token.balanceOf(address(rollup));
        assertEq(held + paidOut(), paidIn, "tokens in = held + paid out");
    }

    function testFuzz_exodus_never_pays_more_than_it_holds(uint64[ACCOUNTS] memory c, uint64[DEPOSITS] memory d, uint64 w, uint64 funded, uint256 order)
        public
    {
        t3 = PoseidonT3(address(rollup.poseidonT3()));
        t8 = PoseidonT8(address(rollup.poseidonT8()));
        for (uint256 i = 0; i < ACCOUNTS; ++i) collaterals[i] = c[i] % (1 << 40);
        withdrawn = w % (1 << 40) + 1;
        uint256[ACCOUNTS][DEPTH] memory siblings = buildState();

        // Batch 1: the accounts' state and one L2 withdrawal to account 0's owner, finalized.
        OptionsRollup.BatchHeader memory header = OptionsRollup.BatchHeader(1, 0, 0, 0, t8.hash(stateFields));
        vm.prank(SEQUENCER);
        rollup.commitBatch(header, abi.encodePacked(TIMESTAMP, record(7, 0, owner(0), withdrawn)), new uint256[](0));
        (, uint256 commitment,,,) = rollup.batches(1);
        uint64 n = 1;
        rollup.proveBatch(n, proofFor(commitment));

        // Whatever the L2 state says, the contract holds `funded` plus the unserved deposits.
        uint256 fundedAmount = funded % (uint256(1) << 42);
        token.mint(address(rollup), fundedAmount);
        paidIn = fundedAmount;
        for (uint256 i = 0; i < DEPOSITS; ++i) {
            deposits[i] = d[i] % (1 << 40) + 1;
            token.mint(TRADER, deposits[i]);
            vm.prank(TRADER);
            rollup.deposit(depositor(i), deposits[i]);
            paidIn += deposits[i];
        }
        (, uint64 deadline) = rollup.priorityEntry(0);
        vm.warp(deadline + 1);
        rollup.activateExodus();
        checkHoldings();

        // Twelve fuzzed steps over: exit 0..3, reclaim 0..2, execute batch 1, claim by anyone.
        for (uint256 step = 0; step < 12; ++step) {
            uint256 action = (order >> (step * 5)) % 9;
            if (action < ACCOUNTS) {
                tryExit(action, siblings);
            } else if (action < ACCOUNTS + DEPOSITS) {
                uint64 index = uint64(action - ACCOUNTS);
                if (!rollup.depositReclaimed(index)) {
                    // Never blocked: exits leave the reserve alone.
                    rollup.reclaimDeposit(index, depositor(index), deposits[index]);
                }
            } else if (action == 7) {
                try rollup.executeBatch(n, abi.encodePacked(owner(0), withdrawn)) {} catch {}
            } else {
                claimAll();
            }
            checkHoldings();
        }
        claimAll();
        checkHoldings();
        // Every reclaimed deposit is paid in full to the address it named.
        for (uint256 i = 0; i < DEPOSITS; ++i) {
            if (rollup.depositReclaimed(uint64(i)) && rollup.pendingWithdrawals(depositor(i)) == 0) {
                assertEq(token.balanceOf(depositor(i)), deposits[i], "reclaimed deposit paid");
            }
        }
    }

    function tryExit(uint256 action, uint256[ACCOUNTS][DEPTH] memory siblings) internal {
        uint256 held = token.balanceOf(address(rollup));
        uint256 reserved = rollup.totalPendingWithdrawals() + rollup.reclaimableDeposits();
        PositionValuation.PositionLeaf[8] memory noPositions;
        try rollup.exit(stateFields, uint32(action), leafOf(action), proofOf(siblings, action), noPositions, new PositionValuation.PriceProof[](0)) {
            assertLe(collaterals[action], held > reserved ? held - reserved : 0, "an exit never takes reserved holdings");
            assertTrue(rollup.accountExited(uint32(action)), "exited");
        } catch {}
    }

    function claimAll() internal {
        for (uint256 i = 0; i < ACCOUNTS + DEPOSITS; ++i) {
            address to = i < ACCOUNTS ? owner(i) : depositor(i - ACCOUNTS);
            uint256 pending = rollup.pendingWithdrawals(to);
            uint256 held = token.balanceOf(address(rollup));
            if (pending == 0) continue;
            vm.prank(to);
            try rollup.claim(pending) {} catch {
                assertTrue(held < pending, "a claim fails only when the contract lacks the tokens");
            }
        }
    }
}
