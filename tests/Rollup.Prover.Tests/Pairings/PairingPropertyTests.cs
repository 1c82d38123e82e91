using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Fields;
using Rollup.Prover.Pairings;
using Rollup.Prover.Tests.Fields;

namespace Rollup.Prover.Tests.Pairings;

public class PairingPropertyTests
{
    private static readonly BigInteger R = Fr.Modulus.ToBigInteger();

    [Fact]
    public void Pairing_is_bilinear()
    {
        var rng = new RandomTower(21);
        var p = G1Affine.Generator;
        var q = G2Affine.Generator;
        var e = Pairing.Compute(p, q);
        for (int i = 0; i < 2; i++)
        {
            var a = rng.NextBig(R);
            var b = rng.NextBig(R);
            var pa = G1.Multiply(p.ToJacobian(), a);
            var qb = G2.Multiply(q.ToJacobian(), b);
            Assert.Equal(Fp12.Pow(e, a * b % R), Pairing.Compute(pa, qb));
        }
    }

    [Fact]
    public void Pairing_is_non_degenerate_and_has_order_r()
    {
        var e = Pairing.Compute(G1Affine.Generator, G2Affine.Generator);
        Assert.False(e.IsOne);
        Assert.True(Fp12.Pow(e, R).IsOne);
        Assert.True(Pairing.Compute(G1Affine.Infinity, G2Affine.Generator).IsOne);
        Assert.True(Pairing.Compute(G1Affine.Generator, G2Affine.Infinity).IsOne);
    }

    [Fact]
    public void Pairing_check_accepts_a_point_against_its_negation()
    {
        var rng = new RandomTower(22);
        var p = G1.Multiply(G1.Generator, rng.NextBig(R));
        var q = G2.Multiply(G2.Generator, rng.NextBig(R));
        Assert.True(Pairing.PairingCheck([(p, q), (-p, q)]));
        Assert.True(Pairing.PairingCheck([(p, q), (p, -q)]));
        Assert.False(Pairing.PairingCheck([(p, q), (p, q)]));
        Assert.False(Pairing.PairingCheck([(p, q)]));
        Assert.True(Pairing.PairingCheck(Array.Empty<(G1, G2)>()));
    }
}
