using System.Numerics;
using Rollup.SettlementClient.Signing;
using Rollup.SettlementClient.Signing.Curve;
using static Rollup.SettlementClient.Tests.Curve.LimbConversions;

namespace Rollup.SettlementClient.Tests.Curve;

public class GeneratorTableTests
{
    public static TheoryData<string> EdgeScalars() => new()
    {
        "1", "2", "3", "15", "16", "17", "255", "256",
        "115792089237316195423570985008687907852837564279074904382605163141518161494336", // n - 1
        "115792089237316195423570985008687907852837564279074904382605163141518161494335", // n - 2
        "57896044618658097711785492504343953926634992332820282019728792003956564819968", // 2^255
        "18446744073709551615", // 2^64 - 1
        "115792089237316195423570985008687907853269984665640564039457584007913129639935" // below: reduced in the test
    };

    [Theory]
    [MemberData(nameof(EdgeScalars))]
    public void Multiply_matches_bouncy_castle_for_edge_scalars(string decimalScalar)
    {
        var k = BigInteger.Parse(decimalScalar) % N;
        AssertMatchesBouncyCastle(k);
    }

    [Fact]
    public void Multiply_matches_bouncy_castle_for_random_scalars()
    {
        var random = new Random(7);
        for (int i = 0; i < 64; i++)
        {
            var k = Random256(random) % N;
            if (k.IsZero) continue;
            AssertMatchesBouncyCastle(k);
            // Scalars with whole zero limbs exercise runs of zero digits.
            AssertMatchesBouncyCastle((k & (new BigInteger(ulong.MaxValue) << (64 * (i % 4)))) % N);
        }
    }

    [Fact]
    public void Multiply_refuses_zero()
    {
        Assert.Throws<ArgumentException>(() => GeneratorTable.Multiply(default));
    }

    private static void AssertMatchesBouncyCastle(BigInteger k)
    {
        if (k.IsZero) return;
        var expected = Secp256k1.Domain.G.Multiply(Secp256k1.ToBc(k)).Normalize();
        var actual = GeneratorTable.Multiply(Scalar(k)).ToAffine();
        Assert.Equal(Secp256k1.FromBc(expected.AffineXCoord.ToBigInteger()), actual.X.ToBig());
        Assert.Equal(Secp256k1.FromBc(expected.AffineYCoord.ToBigInteger()), actual.Y.ToBig());
    }
}
