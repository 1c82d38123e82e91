using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Fields;
using Rollup.Prover.Pairings;
using Rollup.Prover.Tests.Fields;

namespace Rollup.Prover.Tests.Pairings;

public class MillerLoopTests
{
    private static readonly BigInteger R = Fr.Modulus.ToBigInteger();

    [Fact]
    public void Sparse_line_multiplication_matches_the_full_product()
    {
        var rng = new RandomTower(41);
        for (int i = 0; i < 20; i++)
        {
            var f = rng.NextFp12();
            var line = new LineEvaluation(rng.NextFp(), rng.NextFp2(), rng.NextFp2());
            Assert.Equal(f * line.ToFp12(), Pairing.MulByLine(f, line));
            var a = rng.NextFp6();
            Fp2 b0 = rng.NextFp2(), b1 = rng.NextFp2();
            Assert.Equal(a * new Fp6(b0, b1, Fp2.Zero), Fp6.MulBy01(a, b0, b1));
        }
    }

    [Fact]
    public void Twist_Frobenius_acts_on_G2_as_multiplication_by_p()
    {
        var rng = new RandomTower(42);
        var q = G2.Multiply(G2.Generator, rng.NextBig(R)).ToAffine();
        var p = Fp.ModulusBigInteger;
        var q1 = Pairing.TwistFrobenius(q, 1);
        Assert.True(q1.IsOnCurve);
        Assert.Equal(G2.Multiply(q.ToJacobian(), p % R).ToAffine(), q1);
        Assert.Equal(G2.Multiply(q.ToJacobian(), p * p % R).ToAffine(), Pairing.TwistFrobenius(q, 2));
    }

    [Fact]
    public void Multi_Miller_loop_is_the_product_of_single_loops()
    {
        var rng = new RandomTower(43);
        var p1 = G1.Multiply(G1.Generator, rng.NextBig(R)).ToAffine();
        var p2 = G1.Multiply(G1.Generator, rng.NextBig(R)).ToAffine();
        var q1 = G2.Multiply(G2.Generator, rng.NextBig(R)).ToAffine();
        var q2 = G2.Multiply(G2.Generator, rng.NextBig(R)).ToAffine();
        (G1Affine, G2Affine)[] pairs = [(p1, q1), (G1Affine.Infinity, q2), (p2, q2)];
        Assert.Equal(Pairing.MillerLoop(p1, q1) * Pairing.MillerLoop(p2, q2), Pairing.MillerLoop(pairs));
    }
}
