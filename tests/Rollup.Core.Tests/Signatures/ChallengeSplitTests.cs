using System.Numerics;
using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Core.Signatures;
using Rollup.Core.Tests.Curves;

namespace Rollup.Core.Tests.Signatures;

public class ChallengeSplitTests
{
    private static readonly BigInteger L = AffineOracle.L;

    public static IEnumerable<BigInteger> Challenges()
    {
        yield return 0;
        yield return 1;
        yield return 2;
        yield return L - 1;
        yield return L - 2;
        yield return (L - 1) / 2;
        yield return BigInteger.One << 125;
        yield return BigInteger.One << 126;
        var rng = new Random(11);
        for (int i = 0; i < 500; i++) yield return AffineOracle.RandomBelow(rng, L);
    }

    [Fact]
    public void Split_satisfies_d_congruent_to_c_h_with_c_odd_and_short()
    {
        var sqrtL = (BigInteger)Math.Sqrt((double)L) + 1;
        int shortCount = 0, total = 0;
        foreach (var h in Challenges())
        {
            var split = ChallengeSplit.Of(UInt256.FromBigInteger(h));
            var c = split.C.ToBigInteger();
            var d = split.DNegative ? -split.D.ToBigInteger() : split.D.ToBigInteger();
            Assert.Equal(0, ((d - c * h) % L + L) % L);
            Assert.True(c > 0 && !c.IsEven);
            Assert.True(c < sqrtL);
            Assert.True(BigInteger.Abs(d) < L);
            total++;
            if (BigInteger.Abs(d) < sqrtL << 8) shortCount++;
        }
        // The odd-c fallback may take the previous, longer remainder, but rarely a much longer one.
        Assert.True(shortCount > total * 9 / 10);
    }

    [Fact]
    public void Linear_combination_matches_separate_multiplications()
    {
        var rng = new Random(12);
        for (int i = 0; i < 10; i++)
        {
            var p = AffineOracle.RandomSubgroupPoint(rng);
            var q = AffineOracle.Of(BabyJubjub.Generator);
            var a = AffineOracle.RandomBelow(rng, BigInteger.One << 130);
            var b = i == 0 ? 0 : AffineOracle.RandomBelow(rng, BigInteger.One << (120 + i));
            var expected = AffineOracle.Add(AffineOracle.Multiply(p, a), AffineOracle.Multiply(q, b));
            var actual = JubjubExtendedPoint.LinearCombination(
                AffineOracle.ToPoint(p).ToExtended(), UInt256.FromBigInteger(a),
                BabyJubjub.Generator.ToExtended(), UInt256.FromBigInteger(b)).ToExtended().ToAffine();
            Assert.Equal(AffineOracle.ToPoint(expected), actual);
        }
    }

    [Fact]
    public void Scalar_products_mod_l_match_BigInteger()
    {
        var rng = new Random(13);
        for (int i = 0; i < 200; i++)
        {
            var a = i == 0 ? L - 1 : AffineOracle.RandomBelow(rng, L);
            var b = i == 0 ? L - 1 : AffineOracle.RandomBelow(rng, L);
            Assert.Equal(a * b % L, JubjubScalar.MultiplyModSubOrder(UInt256.FromBigInteger(a), UInt256.FromBigInteger(b)).ToBigInteger());
        }
    }

    [Fact]
    public void Wide_division_and_shifts_match_BigInteger()
    {
        var rng = new Random(14);
        for (int i = 0; i < 300; i++)
        {
            var n = AffineOracle.RandomBelow(rng, BigInteger.One << 256);
            var d = AffineOracle.RandomBelow(rng, BigInteger.One << rng.Next(129, 256)) + 1;
            if (n / d >= BigInteger.One << 128) continue;
            var rem = UInt256.FromBigInteger(n);
            var q = UInt256Math.DivRem(ref rem, UInt256.FromBigInteger(d));
            Assert.Equal(n / d, (BigInteger)q);
            Assert.Equal(n % d, rem.ToBigInteger());
            int s = rng.Next(0, 256);
            Assert.Equal((n << s) & ((BigInteger.One << 256) - 1), UInt256Math.ShiftLeft(UInt256.FromBigInteger(n), s).ToBigInteger());
            Assert.Equal(n >> 1, UInt256Math.ShiftRightOne(UInt256.FromBigInteger(n)).ToBigInteger());
        }
    }
}
