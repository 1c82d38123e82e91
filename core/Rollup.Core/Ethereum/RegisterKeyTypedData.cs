using System.Buffers.Binary;
using System.Text;
using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Core.Ethereum;

/// <summary>
/// The EIP-712 message by which an L1 address authorises an L2 key:
/// RegisterKey(address account,uint256 l2PublicKeyX,uint256 l2PublicKeyY,uint64 nonce) under
/// the domain {name "OptionsRollup", version "1", chainId, verifyingContract}. Core computes
/// the digest; the settlement contract checks the secp256k1 signature over it with ecrecover.
/// </summary>
public static class RegisterKeyTypedData
{
    public const string DomainName = "OptionsRollup";
    public const string DomainVersion = "1";
    public const string DomainType = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)";
    public const string MessageType = "RegisterKey(address account,uint256 l2PublicKeyX,uint256 l2PublicKeyY,uint64 nonce)";

    private static readonly byte[] DomainTypeHash = Keccak256.Hash(Encoding.ASCII.GetBytes(DomainType));
    private static readonly byte[] MessageTypeHash = Keccak256.Hash(Encoding.ASCII.GetBytes(MessageType));
    private static readonly byte[] NameHash = Keccak256.Hash(Encoding.UTF8.GetBytes(DomainName));
    private static readonly byte[] VersionHash = Keccak256.Hash(Encoding.UTF8.GetBytes(DomainVersion));

    public static byte[] DomainSeparator(ulong chainId, L1Address verifyingContract)
    {
        Span<byte> enc = stackalloc byte[5 * 32];
        enc.Clear();
        DomainTypeHash.CopyTo(enc);
        NameHash.CopyTo(enc[32..]);
        VersionHash.CopyTo(enc[64..]);
        BinaryPrimitives.WriteUInt64BigEndian(enc[(96 + 24)..], chainId);
        verifyingContract.WriteTo(enc[(128 + 12)..]);
        return Keccak256.Hash(enc);
    }

    public static byte[] StructHash(L1Address account, in Fr publicKeyX, in Fr publicKeyY, ulong nonce)
    {
        Span<byte> enc = stackalloc byte[5 * 32];
        enc.Clear();
        MessageTypeHash.CopyTo(enc);
        account.WriteTo(enc[(32 + 12)..]);
        publicKeyX.WriteBigEndian(enc[64..]);
        publicKeyY.WriteBigEndian(enc[96..]);
        BinaryPrimitives.WriteUInt64BigEndian(enc[(128 + 24)..], nonce);
        return Keccak256.Hash(enc);
    }

    /// <summary>keccak256(0x19 0x01 ‖ domainSeparator ‖ structHash): what the wallet signs.</summary>
    public static byte[] Digest(ulong chainId, L1Address verifyingContract, L1Address account, in Fr publicKeyX, in Fr publicKeyY, ulong nonce)
    {
        Span<byte> enc = stackalloc byte[66];
        enc[0] = 0x19;
        enc[1] = 0x01;
        DomainSeparator(chainId, verifyingContract).CopyTo(enc[2..]);
        StructHash(account, publicKeyX, publicKeyY, nonce).CopyTo(enc[34..]);
        return Keccak256.Hash(enc);
    }
}
