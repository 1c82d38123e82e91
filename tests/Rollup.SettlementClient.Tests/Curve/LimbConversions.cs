using System.Numerics;
using Rollup.SettlementClient.Signing.Curve;

namespace Rollup.SettlementClient.Tests.Curve;

/// <summary>System.Numerics views of the limb structs, the independent arithmetic the tests compare against.</summary>
internal static class LimbConversions
{
    public static readonly BigInteger P = BigInteger.Pow(2, 256) - BigInteger.Pow(2, 32) - 977;

    public static readonly BigInteger N = BigInteger.Parse("115792089237316195423570985008687907852837564279074904382605163141518161494337");

    public static BigInteger ToBig(ulong l0, ulong l1, ulong l2, ulong l3) =>
        new BigInteger(l0) | (new BigInteger(l1) << 64) | (new BigInteger(l2) << 128) | (new BigInteger(l3) << 192);

    public static BigInteger ToBig(this FieldElement a) => ToBig(a.L0, a.L1, a.L2, a.L3);

    public static BigInteger ToBig(this Scalar a) => ToBig(a.L0, a.L1, a.L2, a.L3);

    public static byte[] ToBytes32(BigInteger value)
    {
        var bytes = new byte[32];
        var raw = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        raw.CopyTo(bytes, 32 - raw.Length);
        return bytes;
    }

    public static FieldElement Field(BigInteger value)
    {
        Assert.True(FieldElement.TryRead(ToBytes32(value), out var a));
        return a;
    }

    public static Scalar Scalar(BigInteger value)
    {
        Assert.True(Signing.Curve.Scalar.TryRead(ToBytes32(value), out var a));
        return a;
    }

    public static BigInteger Random256(Random random)
    {
        var bytes = new byte[32];
        random.NextBytes(bytes);
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
    }

    /// <summary>Random values below the modulus, plus the boundary values that break carry handling.</summary>
    public static IEnumerable<BigInteger> Values(BigInteger modulus, int seed, int count)
    {
        var max64 = new BigInteger(ulong.MaxValue);
        yield return BigInteger.Zero;
        yield return BigInteger.One;
        yield return 2;
        yield return modulus - 1;
        yield return modulus - 2;
        yield return (modulus - 1) / 2;
        yield return (modulus + 1) / 2;
        yield return max64;
        yield return max64 << 64;
        yield return max64 | (max64 << 128);
        yield return BigInteger.Pow(2, 255);
        yield return BigInteger.Pow(2, 256) - 1 - modulus; // 2^256 - 1 - m: sums of two such values wrap 2^256
        yield return modulus - (BigInteger.Pow(2, 256) - modulus);
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            var value = Random256(random);
            yield return value % modulus;
            // Numbers with many all-ones or all-zero limbs.
            yield return (value | (max64 << (64 * (i % 4)))) % modulus;
        }
    }
}
