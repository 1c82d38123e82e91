using Rollup.Core.Ethereum;
using Rollup.Core.Hashing;

namespace Rollup.SettlementClient.Addresses;

/// <summary>Derives an account address from a secp256k1 public key.</summary>
public static class AddressUtil
{
    /// <summary>Last 20 bytes of keccak256 of the 64-byte public key (the uncompressed form without its 0x04 prefix).</summary>
    public static L1Address FromPublicKey(ReadOnlySpan<byte> uncompressedPublicKey)
    {
        var xy = uncompressedPublicKey.Length switch
        {
            65 when uncompressedPublicKey[0] == 0x04 => uncompressedPublicKey[1..],
            64 => uncompressedPublicKey,
            _ => throw new ArgumentException("expected a 65-byte uncompressed (0x04-prefixed) or 64-byte public key", nameof(uncompressedPublicKey)),
        };
        return L1Address.FromBytes(Keccak256.Hash(xy).AsSpan(12));
    }
}
