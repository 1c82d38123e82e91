// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice Checks an L2 RegisterKey record (docs/PROTOCOL.md §3.4, §7.4): the account's L1
///         address signed the EIP-712 message RegisterKey(account, l2PublicKeyX, l2PublicKeyY,
///         nonce) for this contract on this chain, with a low-s secp256k1 signature.
/// @dev The record carries the key packed (y little-endian, sign of x in the top bit), and the
///      message needs x. Recovering x on-chain needs a square root mod r (Tonelli-Shanks with
///      2-adicity 28); instead the committer passes x as a hint, and the contract checks that it is
///      the one point the packed bytes name: on the curve, below r, with the packed sign.
library RegisterKeyCheck {
    uint256 internal constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    uint256 internal constant HALF_R = (R - 1) / 2;
    // Baby Jubjub: a·x² + y² = 1 + d·x²·y².
    uint256 internal constant JUBJUB_A = 168700;
    uint256 internal constant JUBJUB_D = 168696;
    // secp256k1's group order n over 2: larger s values are the malleated twin of a signature.
    uint256 internal constant SECP256K1_HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant REGISTER_KEY_TYPEHASH =
        keccak256("RegisterKey(address account,uint256 l2PublicKeyX,uint256 l2PublicKeyY,uint64 nonce)");
    bytes32 internal constant NAME_HASH = keccak256("OptionsRollup");
    bytes32 internal constant VERSION_HASH = keccak256("1");

    error InvalidKeyHint(uint256 offset, uint256 x);
    error SignatureHighS(uint256 offset);
    error SignatureBadV(uint256 offset, uint8 v);
    error BadRegisterKeySignature(uint256 offset, address expected, address recovered);

    function domainSeparator(uint256 chainId, address verifyingContract) internal pure returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, chainId, verifyingContract));
    }

    function digest(bytes32 separator, address account, uint256 x, uint256 y, uint64 nonce) internal pure returns (bytes32) {
        bytes32 structHash = keccak256(abi.encode(REGISTER_KEY_TYPEHASH, account, x, y, nonce));
        return keccak256(abi.encodePacked(hex"1901", separator, structHash));
    }

    /// @notice Reverts unless `record` (type byte included: accountId u32, address, packed key,
    ///         nonce u32, r ‖ s ‖ v) is signed by its address; `offset` only labels the errors.
    function check(bytes calldata record, uint256 x, bytes32 separator, uint256 offset) internal pure {
        address account = address(bytes20(record[5:25]));
        uint256 y = keyY(record[25:57], x, offset);
        bytes32 h = digest(separator, account, x, y, uint64(uint32(bytes4(record[57:61]))));
        checkSigner(record[61:126], h, account, offset);
    }

    /// @notice y of the packed key, after checking that `x` completes it to the point it names.
    function keyY(bytes calldata packed, uint256 x, uint256 offset) private pure returns (uint256 y) {
        y = unpackY(bytes32(packed));
        bool negative = uint8(packed[31]) & 0x80 != 0;
        if (x >= R || y >= R || (x > HALF_R) != negative || !onCurve(x, y)) revert InvalidKeyHint(offset, x);
    }

    /// @notice Reverts unless the 65-byte signature r ‖ s ‖ v over `h` is low-s and recovers `account`.
    function checkSigner(bytes calldata signature, bytes32 h, address account, uint256 offset) private pure {
        bytes32 r = bytes32(signature[0:32]);
        bytes32 s = bytes32(signature[32:64]);
        uint8 v = uint8(signature[64]);
        // Wallets disagree on 0/1 versus 27/28; both name the same recovery id.
        if (v < 27) v += 27;
        if (v != 27 && v != 28) revert SignatureBadV(offset, uint8(signature[64]));
        if (uint256(s) > SECP256K1_HALF_N) revert SignatureHighS(offset);
        address signer = ecrecover(h, v, r, s);
        // ecrecover answers 0 for an invalid signature; the record never names address 0 as a signer.
        if (signer == address(0) || signer != account) revert BadRegisterKeySignature(offset, account, signer);
    }

    /// @notice y from circomlib's packing: the 32 bytes are y little-endian, top bit cleared.
    function unpackY(bytes32 packed) internal pure returns (uint256 y) {
        y = uint256(packed);
        // Reverse the byte order in five swaps of halves.
        y = ((y & 0xff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00) >> 8)
            | ((y & 0x00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff) << 8);
        y = ((y & 0xffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000) >> 16)
            | ((y & 0x0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff) << 16);
        y = ((y & 0xffffffff00000000ffffffff00000000ffffffff00000000ffffffff00000000) >> 32)
            | ((y & 0x00000000ffffffff00000000ffffffff00000000ffffffff00000000ffffffff) << 32);
        y = ((y & 0xffffffffffffffff0000000000000000ffffffffffffffff0000000000000000) >> 64)
            | ((y & 0x0000000000000000ffffffffffffffff0000000000000000ffffffffffffffff) << 64);
        y = (y >> 128) | (y << 128);
        y &= ~uint256(1 << 255);
    }

    function onCurve(uint256 x, uint256 y) internal pure returns (bool) {
        uint256 x2 = mulmod(x, x, R);
        uint256 y2 = mulmod(y, y, R);
        uint256 left = addmod(mulmod(JUBJUB_A, x2, R), y2, R);
        uint256 right = addmod(1, mulmod(JUBJUB_D, mulmod(x2, y2, R), R), R);
        return left == right;
    }
}
