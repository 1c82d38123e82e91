using System.Numerics;
using Rollup.Core.Curves;
using Rollup.Core.Fields;

namespace Rollup.Core.Tests.Curves;

public class GroupLawTests
{
    private static readonly BigInteger L = AffineOracle.L;

    private static UInt256 U(BigInteger v) => UInt256.FromBigInteger(v);

    private static JubjubPoint OrderTwoPoint => new(Fr.Zero, Fr.Negate(Fr.One));

    [Fact]
    public void Addition_doubling_and_negation_agree_with_the_affine_oracle()
    {
        var rng = new Random(1);
        for (int i = 0; i < 40; i++)
        {
            var p = AffineOracle.RandomSubgroupPoint(rng);
            var q = AffineOracle.RandomSubgroupPoint(rng);
            var pp = AffineOracle.ToPoint(p);
            var qq = AffineOracle.ToPoint(q);
            Assert.Equal(AffineOracle.ToPoint(AffineOracle.Add(p, q)), pp + qq);
            Assert.Equal(AffineOracle.ToPoint(AffineOracle.Add(p, p)), JubjubPoint.Double(pp));
            Assert.Equal(AffineOracle.ToPoint((AffineOracle.Mod(-p.X), p.Y)), -pp);
            Assert.True((pp + qq).IsOnCurve);
        }
    }

    [Fact]
    public void Variable_base_multiplication_agrees_with_the_affine_oracle()
    {
        var rng = new Random(2);
        for (int i = 0; i < 25; i++)
        {
            var p = AffineOracle.RandomSubgroupPoint(rng);
            var k = AffineOracle.RandomBelow(rng, BigInteger.One << 256);
            var expected = AffineOracle.ToPoint(AffineOracle.Multiply(p, k));
            Assert.Equal(expected, JubjubPoint.Multiply(AffineOracle.ToPoint(p), U(k)));
        }
    }

    [Fact]
    public void Multiplication_of_points_outside_the_subgroup_agrees_with_the_oracle()
    {
        var rng = new Random(3);
        var g = AffineOracle.Of(BabyJubjub.Generator);
        for (int i = 0; i < 10; i++)
        {
            var k = AffineOracle.RandomBelow(rng, BigInteger.One << 256);
            Assert.Equal(AffineOracle.ToPoint(AffineOracle.Multiply(g, k)), JubjubPoint.Multiply(BabyJubjub.Generator, U(k)));
        }
    }

    [Fact]
    public void Fixed_base_variable_base_and_secret_multiplication_agree()
    {
        var rng = new Random(4);
        var scalars = new List<BigInteger> { 0, 1, 2, 31, 32, 33, 63, 64, 65, L - 1, L - 2, L, L + 1, (BigInteger.One << 256) - 1, (BigInteger.One << 251) - 1 };
        for (int i = 0; i < 30; i++) scalars.Add(AffineOracle.RandomBelow(rng, BigInteger.One << 256));
        foreach (var k in scalars)
        {
            var fixedBase = BabyJubjub.MultiplyBase8(U(k));
            Assert.Equal(JubjubPoint.Multiply(BabyJubjub.Base8, U(k)), fixedBase);
            Assert.Equal(fixedBase, Base8Table.MultiplySecret(U(k % L)).ToAffine());
        }
    }

    [Fact]
    public void Identity_is_neutral_and_its_own_negation()
    {
        var id = JubjubPoint.Identity;
        Assert.True(id.IsIdentity);
        Assert.True(id.IsOnCurve);
        Assert.True(id.IsInPrimeSubgroup);
        Assert.Equal(BabyJubjub.Base8, BabyJubjub.Base8 + id);
        Assert.Equal(BabyJubjub.Base8, id + BabyJubjub.Base8);
        Assert.Equal(id, -id);
        Assert.Equal(id, JubjubPoint.Double(id));
        Assert.Equal(id, BabyJubjub.Base8 - BabyJubjub.Base8);
        Assert.Equal(id, BabyJubjub.Base8 + -BabyJubjub.Base8);
        Assert.True(JubjubExtendedPoint.Identity.IsIdentity);
        Assert.Equal(id, JubjubExtendedPoint.Identity.ToAffine());
    }

    [Fact]
    public void Base8_has_order_l()
    {
        Assert.Equal(JubjubPoint.Identity, JubjubPoint.Multiply(BabyJubjub.Base8, BabyJubjub.SubOrder));
        Assert.Equal(JubjubPoint.Identity, BabyJubjub.MultiplyBase8(BabyJubjub.SubOrder));
        Assert.Equal(BabyJubjub.Base8, JubjubPoint.Multiply(BabyJubjub.Base8, U(L + 1)));
        Assert.Equal(-BabyJubjub.Base8, JubjubPoint.Multiply(BabyJubjub.Base8, U(L - 1)));
        Assert.True(BabyJubjub.Base8.IsInPrimeSubgroup);
    }

    [Fact]
    public void Generator_times_eight_is_Base8_and_the_generator_has_full_order()
    {
        Assert.Equal(BabyJubjub.Base8, JubjubPoint.MultiplyByCofactor(BabyJubjub.Generator));
        Assert.Equal(BabyJubjub.Base8, JubjubPoint.Multiply(BabyJubjub.Generator, new UInt256(8)));
        Assert.False(BabyJubjub.Generator.IsInPrimeSubgroup);
        Assert.NotEqual(JubjubPoint.Identity, JubjubPoint.Multiply(BabyJubjub.Generator, BabyJubjub.SubOrder));
        Assert.Equal(JubjubPoint.Identity, JubjubPoint.Multiply(BabyJubjub.Generator, BabyJubjub.Order));
    }

    [Fact]
    public void Small_order_points_vanish_under_the_cofactor()
    {
        // (0, -1) has order 2; l·G has order 8 since G generates the whole group.
        var order8 = JubjubPoint.Multiply(BabyJubjub.Generator, BabyJubjub.SubOrder);
        Assert.True(OrderTwoPoint.IsOnCurve);
        Assert.Equal(JubjubPoint.Identity, JubjubPoint.Double(OrderTwoPoint));
        Assert.Equal(JubjubPoint.Identity, JubjubPoint.MultiplyByCofactor(order8));
        Assert.NotEqual(JubjubPoint.Identity, JubjubPoint.Multiply(order8, new UInt256(4)));
        Assert.False(order8.IsInPrimeSubgroup);
        Assert.False(OrderTwoPoint.IsInPrimeSubgroup);
        Assert.True(JubjubExtendedPoint.MultiplyByCofactor(order8.ToExtended()).HasZeroX);
        Assert.True(JubjubExtendedPoint.MultiplyByCofactor(OrderTwoPoint.ToExtended()).HasZeroX);
    }

    [Fact]
    public void Group_laws_hold_on_random_points()
    {
        var rng = new Random(5);
        for (int i = 0; i < 20; i++)
        {
            var p = AffineOracle.ToPoint(AffineOracle.RandomSubgroupPoint(rng));
            var q = AffineOracle.ToPoint(AffineOracle.RandomSubgroupPoint(rng));
            var s = AffineOracle.ToPoint(AffineOracle.RandomSubgroupPoint(rng));
            Assert.Equal(p + q, q + p);
            Assert.Equal((p + q) + s, p + (q + s));
            Assert.Equal(JubjubPoint.Identity, p + -p);
            var a = AffineOracle.RandomBelow(rng, L);
            var b = AffineOracle.RandomBelow(rng, L);
            Assert.Equal(JubjubPoint.Multiply(p, U(a)) + JubjubPoint.Multiply(p, U(b)), JubjubPoint.Multiply(p, U((a + b) % L)));
            Assert.Equal(JubjubPoint.Multiply(JubjubPoint.Multiply(p, U(a)), U(b)), JubjubPoint.Multiply(p, U(a * b % L)));
        }
    }

    [Fact]
    public void Extended_equality_is_projective()
    {
        var p = BabyJubjub.Base8.ToExtended();
        var viaTwoPaths = JubjubExtendedPoint.Double(p) - p;
        Assert.Equal(p, viaTwoPaths);
        Assert.Equal(p.GetHashCode(), viaTwoPaths.GetHashCode());
        Assert.NotEqual(p, JubjubExtendedPoint.Double(p));
        Assert.Equal(BabyJubjub.Base8, viaTwoPaths.ToAffine());
    }

    [Fact]
    public void Off_curve_points_are_detected()
    {
        Assert.False(new JubjubPoint(Fr.One, Fr.One).IsOnCurve);
        Assert.False(new JubjubPoint(BabyJubjub.Base8.X, BabyJubjub.Base8.Y + Fr.One).IsOnCurve);
        Assert.False(new JubjubPoint(BabyJubjub.Base8.X, BabyJubjub.Base8.Y + Fr.One).IsInPrimeSubgroup);
    }

    [Fact]
    public void Windowed_naf_digits_reconstruct_the_scalar()
    {
        var rng = new Random(6);
        Span<sbyte> digits = stackalloc sbyte[WindowedNaf.MaxDigits];
        for (int i = 0; i < 200; i++)
        {
            var k = i < 2 ? (BigInteger.One << 255) - 1 - i : AffineOracle.RandomBelow(rng, BigInteger.One << (1 + i % 255));
            int top = WindowedNaf.Recode(U(k), 5, digits);
            BigInteger sum = 0;
            for (int j = top - 1; j >= 0; j--) sum = sum * 2 + digits[j];
            Assert.Equal(k, sum);
            for (int j = 0; j < top; j++)
                Assert.True(digits[j] == 0 || (digits[j] % 2 != 0 && Math.Abs((int)digits[j]) < 16));
        }
    }
}
