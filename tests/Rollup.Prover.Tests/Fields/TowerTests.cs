using System.Numerics;
using Rollup.Prover.Fields;

namespace Rollup.Prover.Tests.Fields;

public class TowerTests
{
    private static readonly BigInteger P = Fp.ModulusBigInteger;

    [Fact]
    public void Fp2_axioms_hold_on_random_elements()
    {
        var rng = new RandomTower(1);
        for (int i = 0; i < 100; i++)
        {
            var a = rng.NextFp2();
            var b = rng.NextFp2();
            var c = rng.NextFp2();
            Assert.Equal(Fp2.One, a * Fp2.Inverse(a));
            Assert.Equal(a * b + a * c, a * (b + c));
            Assert.Equal(b * a, a * b);
            Assert.Equal(a * (b * c), (a * b) * c);
            Assert.Equal(a * a, Fp2.Square(a));
            Assert.Equal(Fp2.Xi * a, Fp2.MulByXi(a));
            Assert.Equal(Fp2.Zero, a + (-a));
        }
        var u = new Fp2(Fp.Zero, Fp.One);
        Assert.Equal(-Fp2.One, u * u);
    }

    [Fact]
    public void Fp2_multiplication_matches_the_schoolbook_formula()
    {
        var rng = new RandomTower(2);
        for (int i = 0; i < 50; i++)
        {
            BigInteger a0 = rng.NextBig(P), a1 = rng.NextBig(P), b0 = rng.NextBig(P), b1 = rng.NextBig(P);
            var prod = Fp2.Parse(a0.ToString(), a1.ToString()) * Fp2.Parse(b0.ToString(), b1.ToString());
            Assert.Equal(Mod(a0 * b0 - a1 * b1), prod.C0.ToBigInteger());
            Assert.Equal(Mod(a0 * b1 + a1 * b0), prod.C1.ToBigInteger());
        }
    }

    [Fact]
    public void Fp2_square_roots_exist_exactly_for_squares()
    {
        var rng = new RandomTower(3);
        int nonSquares = 0;
        for (int i = 0; i < 40; i++)
        {
            var a = rng.NextFp2();
            var sq = Fp2.Square(a);
            Assert.True(Fp2.TrySqrt(sq, out var r));
            Assert.Equal(sq, Fp2.Square(r));
            // a is a square in Fp2 exactly when its norm is a square in Fp.
            bool isSquare = Fp.Legendre(Fp2.Norm(a)) == 1;
            Assert.Equal(isSquare, Fp2.TrySqrt(a, out _));
            if (!isSquare) nonSquares++;
        }
        Assert.InRange(nonSquares, 5, 35);
        // u squared is -1, so -1 has the root u and the alpha = -1 branch is exercised.
        Assert.True(Fp2.TrySqrt(-Fp2.One, out var ru));
        Assert.Equal(-Fp2.One, Fp2.Square(ru));
    }

    [Fact]
    public void Fp6_axioms_hold_on_random_elements()
    {
        var rng = new RandomTower(4);
        var v = new Fp6(Fp2.Zero, Fp2.One, Fp2.Zero);
        Assert.Equal(new Fp6(Fp2.Xi, Fp2.Zero, Fp2.Zero), v * v * v);
        for (int i = 0; i < 50; i++)
        {
            var a = rng.NextFp6();
            var b = rng.NextFp6();
            var c = rng.NextFp6();
            Assert.Equal(Fp6.One, a * Fp6.Inverse(a));
            Assert.Equal(a * b + a * c, a * (b + c));
            Assert.Equal(b * a, a * b);
            Assert.Equal(a * (b * c), (a * b) * c);
            Assert.Equal(a * a, Fp6.Square(a));
            Assert.Equal(a * v, Fp6.MulByV(a));
        }
    }

    [Fact]
    public void Fp12_axioms_hold_on_random_elements()
    {
        var rng = new RandomTower(5);
        var w = new Fp12(Fp6.Zero, Fp6.One);
        Assert.Equal(new Fp12(new Fp6(Fp2.Zero, Fp2.One, Fp2.Zero), Fp6.Zero), w * w);
        for (int i = 0; i < 30; i++)
        {
            var a = rng.NextFp12();
            var b = rng.NextFp12();
            var c = rng.NextFp12();
            Assert.Equal(Fp12.One, a * Fp12.Inverse(a));
            Assert.Equal(a * b + a * c, a * (b + c));
            Assert.Equal(b * a, a * b);
            Assert.Equal(a * (b * c), (a * b) * c);
            Assert.Equal(a * a, Fp12.Square(a));
        }
    }

    [Fact]
    public void Frobenius_is_the_p_power_and_has_order_twelve()
    {
        var rng = new RandomTower(6);
        for (int i = 0; i < 3; i++)
        {
            var a = rng.NextFp12();
            var ap = Fp12.Pow(a, P);
            Assert.Equal(ap, Fp12.Frobenius(a, 1));
            Assert.Equal(Fp12.Pow(ap, P), Fp12.Frobenius(a, 2));

            var iterated = a;
            for (int k = 1; k <= 12; k++)
            {
                iterated = Fp12.Frobenius(iterated, 1);
                Assert.Equal(iterated, Fp12.Frobenius(a, k % 12));
                if (k < 12) Assert.NotEqual(a, iterated);
            }
            Assert.Equal(a, iterated);
            Assert.Equal(Fp12.Conjugate(a), Fp12.Frobenius(a, 6));

            // Fp6 sits in Fp12 as the w^0 half, so its Frobenius must agree with Fp12's there.
            var b = rng.NextFp6();
            Assert.Equal(new Fp12(Fp6.Frobenius(b, 1), Fp6.Zero), Fp12.Frobenius(new Fp12(b, Fp6.Zero), 1));
            Assert.Equal(new Fp12(Fp6.Frobenius(b, 3), Fp6.Zero), Fp12.Pow(new Fp12(b, Fp6.Zero), P * P * P));
        }
    }

    [Fact]
    public void Frobenius_is_multiplicative()
    {
        var rng = new RandomTower(7);
        var a = rng.NextFp12();
        var b = rng.NextFp12();
        for (int k = 0; k < 12; k++)
            Assert.Equal(Fp12.Frobenius(a, k) * Fp12.Frobenius(b, k), Fp12.Frobenius(a * b, k));
    }

    private static BigInteger Mod(BigInteger v)
    {
        v %= P;
        return v.Sign < 0 ? v + P : v;
    }
}
