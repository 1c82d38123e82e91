using System.Numerics;
using System.Security.Cryptography;
using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Core.Signatures;

public static partial class EddsaPoseidon
{
    private static readonly BigInteger SubOrder = BabyJubjub.SubOrder.ToBigInteger();

    /// <summary>
    /// h = SHA-512(key); s = h[0..32] pruned (bits 0-2 and 255 cleared, bit 254 set) read little-endian;
    /// A = (s &gt;&gt; 3)·Base8. The pruning follows circomlib: s is a multiple of 8 so S can use s
    /// itself while A uses s/8, which is why verification multiplies hm by 8.
    /// </summary>
    public static PublicKey DerivePublicKey(in PrivateKey key)
    {
        Span<byte> h = stackalloc byte[64];
        Expand(key, h);
        var s = PrunedScalar(h);
        CryptographicOperations.ZeroMemory(h);
        return new PublicKey(PublicPoint(s));
    }

    /// <summary>
    /// Deterministic signing: r = SHA-512(h[32..64] ‖ m as 32 bytes little-endian) read little-endian
    /// mod l; R8 = r·Base8; S = (r + hm·s) mod l with hm = Poseidon(R8.x, R8.y, A.x, A.y, m).
    /// Not hardened against side channels beyond the table lookups (see Base8Table.MultiplySecret).
    /// </summary>
    public static Signature Sign(in PrivateKey key, in Fr message)
    {
        Span<byte> h = stackalloc byte[64];
        Expand(key, h);
        var s = PrunedScalar(h);
        var a = PublicPoint(s);

        Span<byte> nonceInput = stackalloc byte[64];
        h[32..].CopyTo(nonceInput);
        message.ToUInt256().WriteLittleEndian(nonceInput[32..]);
        Span<byte> nonceHash = stackalloc byte[64];
        SHA512.HashData(nonceInput, nonceHash);
        var r = new BigInteger(nonceHash, isUnsigned: true, isBigEndian: false) % SubOrder;
        CryptographicOperations.ZeroMemory(h);
        CryptographicOperations.ZeroMemory(nonceInput);
        CryptographicOperations.ZeroMemory(nonceHash);

        var r8 = Base8Table.MultiplySecret(UInt256.FromBigInteger(r)).ToAffine();
        ReadOnlySpan<Fr> transcript = [r8.X, r8.Y, a.X, a.Y, message];
        var hm = Poseidon.Hash(transcript).ToBigInteger();
        var sScalar = (r + hm * s) % SubOrder;
        return new Signature(r8, UInt256.FromBigInteger(sScalar));
    }

    private static void Expand(in PrivateKey key, Span<byte> h64)
    {
        Span<byte> raw = stackalloc byte[PrivateKey.Length];
        key.CopyTo(raw);
        SHA512.HashData(raw, h64);
        CryptographicOperations.ZeroMemory(raw);
    }

    private static BigInteger PrunedScalar(ReadOnlySpan<byte> h64)
    {
        Span<byte> pruned = stackalloc byte[32];
        h64[..32].CopyTo(pruned);
        pruned[0] &= 0xF8;
        pruned[31] &= 0x7F;
        pruned[31] |= 0x40;
        var s = new BigInteger(pruned, isUnsigned: true, isBigEndian: false);
        CryptographicOperations.ZeroMemory(pruned);
        return s;
    }

    private static JubjubPoint PublicPoint(BigInteger s) =>
        Base8Table.MultiplySecret(UInt256.FromBigInteger((s >> 3) % SubOrder)).ToAffine();
}
