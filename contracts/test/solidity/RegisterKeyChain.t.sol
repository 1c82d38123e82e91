// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {TestBase} from "./support/TestBase.sol";
import {EchoVerifier} from "./support/EchoVerifier.sol";
import {DevnetStablecoin} from "../../src/test-tokens/DevnetStablecoin.sol";
import {IERC20} from "../../src/collateral/IERC20.sol";
import {OptionsRollup} from "../../src/OptionsRollup.sol";
import {RollupConfig} from "./support/RollupConfig.sol";
import {RegisterKeyCheck} from "../../src/RegisterKeyCheck.sol";

/// @notice RegisterKey signatures are bound to the chain the contract runs on, also after the
///         chain id changes (a fork keeps the contract and its storage).
contract RegisterKeyChainTest is TestBase {
    uint256 internal constant SIGNER_KEY = 0x1111111111111111111111111111111111111111111111111111111111111111;
    uint256 internal constant X = 5299619240641551281634865583518297030282874472190772894086521144482721001553;
    uint256 internal constant Y = 16950150798460657717958625567821834550301663161624707787222815936182638968203;

    OptionsRollup internal rollup;

    function setUp() public {
        rollup = new OptionsRollup(RollupConfig.single(IERC20(address(new DevnetStablecoin())), new EchoVerifier(), address(this)));
    }

    /// @notice Base8 packed: y little-endian; x < (r-1)/2, so the sign bit is clear.
    function packedBase8() internal pure returns (bytes32 packed) {
        uint256 y = Y;
        for (uint256 i = 0; i < 32; i++) {
            packed |= bytes32(uint256(uint8(y)) << (8 * (31 - i)));
            y >>= 8;
        }
    }

    function signedBatch(address signer) internal view returns (bytes memory pubdata, uint256[] memory keyXs) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(SIGNER_KEY, rollup.registerKeyDigest(signer, X, Y, 0));
        pubdata = abi.encodePacked(bytes8(0x000000006553f100), uint8(4), uint32(2), signer, packedBase8(), uint32(0), r, s, v);
        keyXs = new uint256[](1);
        keyXs[0] = X;
    }

    function abiWord(bytes memory b, uint256 offset) internal pure returns (uint256 w) {
        for (uint256 i = 0; i < 32; i++) w = (w << 8) | uint8(b[offset + i]);
    }

    function test_packing_matches_the_contract_unpacking() public pure {
        assertEq(RegisterKeyCheck.unpackY(packedBase8()), Y, "y");
    }

    function test_signature_made_before_a_chain_id_change_is_refused_after_it() public {
        address signer = vm.addr(SIGNER_KEY);
        (bytes memory pubdata, uint256[] memory keyXs) = signedBatch(signer);
        bytes32 before = rollup.domainSeparator();
        vm.chainId(block.chainid + 1);
        assertTrue(rollup.domainSeparator() != before, "separator follows the chain id");
        assertEq(rollup.domainSeparator(), RegisterKeyCheck.domainSeparator(block.chainid, address(rollup)), "recomputed");
        // The old signature over the new chain's digest recovers some other address.
        bytes memory signature = new bytes(65);
        for (uint256 i = 0; i < 65; i++) signature[i] = pubdata[pubdata.length - 65 + i];
        bytes32 digest = rollup.registerKeyDigest(signer, X, Y, 0);
        address recovered = ecrecover(digest, uint8(signature[64]), bytes32(abiWord(signature, 0)), bytes32(abiWord(signature, 32)));
        assertTrue(recovered != signer, "recovers another address");
        vm.expectRevert(abi.encodeWithSelector(RegisterKeyCheck.BadRegisterKeySignature.selector, uint256(8), signer, recovered));
        rollup.commitBatch(OptionsRollup.BatchHeader(1, 0, 0, 0, 1), pubdata, keyXs);
        // Signed again on the new chain, the same record passes.
        (pubdata, keyXs) = signedBatch(signer);
        rollup.commitBatch(OptionsRollup.BatchHeader(1, 0, 0, 0, 1), pubdata, keyXs);
        assertEq(rollup.lastCommittedBatch(), 1, "committed");
    }
}
