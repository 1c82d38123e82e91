using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.Fields;
using Rollup.Prover.Pairings;
using Rollup.Prover.Tests.Fields;

namespace Rollup.Prover.Tests.Pairings;

public class FinalExponentiationTests
{
    private static readonly BigInteger P = Fp.ModulusBigInteger;
    private static readonly BigInteger R = Fr.Modulus.ToBigInteger();
    private static readonly BigInteger X = Pairing.X;
    private static readonly BigInteger M = 2 * X * (6 * X * X + 3 * X + 1);

    [Fact]
    public void Hard_part_digits_expand_the_multiple_of_the_exponent()
    {
        Assert.Equal(36 * BigInteger.Pow(X, 4) + 36 * BigInteger.Pow(X, 3) + 24 * X * X + 6 * X + 1, P);
        Assert.Equal(P + 1 - (6 * X * X + 1), R);
        var hard = BigInteger.Pow(P, 4) - P * P + 1;
        Assert.Equal(BigInteger.Zero, hard % R);
        var x2 = X * X;
        var x3 = x2 * X;
        var l0 = 12 * x3 + 12 * x2 + 6 * X + 1;
        var l1 = 12 * x3 + 6 * x2 + 4 * X;
        var l2 = 12 * x3 + 6 * x2 + 6 * X;
        var l3 = 12 * x3 + 6 * x2 + 4 * X - 1;
        Assert.Equal(M * (hard / R), l0 + l1 * P + l2 * P * P + l3 * P * P * P);
        Assert.Equal(BigInteger.One, BigInteger.GreatestCommonDivisor(M, R));
    }

    [Fact]
    public void Final_exponentiation_is_the_m_th_power_of_the_plain_one()
    {
        var rng = new RandomTower(31);
        var f = rng.NextFp12();
        var plainExponent = (BigInteger.Pow(P, 12) - 1) / R;
        var plain = Fp12.Pow(f, plainExponent);
        Assert.True(Fp12.Pow(plain, R).IsOne);
        Assert.Equal(Fp12.Pow(plain, M), Pairing.FinalExponentiation(f));
    }

    [Fact]
    public void Cyclotomic_squaring_agrees_with_squaring_on_the_cyclotomic_subgroup()
    {
        var rng = new RandomTower(32);
        for (int i = 0; i < 10; i++)
        {
            var f = rng.NextFp12();
            var g = Fp12.Conjugate(f) * Fp12.Inverse(f);
            g = Fp12.Frobenius(g, 2) * g;
            Assert.Equal(Fp12.Square(g), Fp12.CyclotomicSquare(g));
        }
    }
}
