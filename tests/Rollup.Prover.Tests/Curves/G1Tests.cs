using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Fields;
using Rollup.Prover.Tests.Fields;

namespace Rollup.Prover.Tests.Curves;

public class G1Tests
{
    private static readonly BigInteger R = Fr.Modulus.ToBigInteger();

    private static (BigInteger, BigInteger)? Big(in G1 p)
    {
        var a = p.ToAffine();
        return a.IsInfinity ? null : (a.X.ToBigInteger(), a.Y.ToBigInteger());
    }

    [Fact]
    public void Generator_is_on_the_curve_and_has_order_r()
    {
        Assert.True(G1.Generator.IsOnCurve);
        Assert.True(G1Affine.Generator.IsOnCurve);
        Assert.True(G1.Multiply(G1.Generator, R).IsInfinity);
        Assert.False(G1.Multiply(G1.Generator, R - 1).IsInfinity);
        Assert.Equal(-G1.Generator, G1.Multiply(G1.Generator, R - 1));
        Assert.True(G1.Multiply(G1.Generator, Fr.Zero).IsInfinity);
    }

    [Fact]
    public void Group_law_agrees_with_the_affine_oracle()
    {
        var rng = new RandomTower(11);
        (BigInteger, BigInteger)? g = (1, 2);
        for (int i = 0; i < 20; i++)
        {
            var a = rng.NextBig(R);
            var b = rng.NextBig(R);
            var pa = G1.Multiply(G1.Generator, a);
            var pb = G1.Multiply(G1.Generator, Fr.FromBigInteger(b));
            var oa = AffineOracle.Multiply(g, a);
            var ob = AffineOracle.Multiply(g, b);
            Assert.Equal(oa, Big(pa));
            Assert.Equal(ob, Big(pb));
            Assert.True(pa.IsOnCurve);
            Assert.Equal(AffineOracle.Add(oa, ob), Big(pa + pb));
            Assert.Equal(AffineOracle.Add(oa, oa), Big(G1.Double(pa)));
            Assert.Equal(AffineOracle.Add(oa, ob), Big(G1.AddMixed(pa, pb.ToAffine())));
            Assert.Equal(Big(G1.Double(pa)), Big(pa + pa));
            Assert.Equal(Big(G1.Double(pa)), Big(G1.AddMixed(pa, pa.ToAffine())));
            Assert.True((pa - pa).IsInfinity);
            Assert.True(G1.AddMixed(pa, (-pa).ToAffine()).IsInfinity);
            Assert.Equal(pa, pa + G1.Infinity);
            Assert.Equal(pa, G1.AddMixed(pa, G1Affine.Infinity));
            Assert.Equal(pa, G1.AddMixed(G1.Infinity, pa.ToAffine()));
            Assert.Equal(pb + pa, pa + pb);
            Assert.Equal(G1.Multiply(G1.Generator, (a + b) % R), pa + pb);
            Assert.Equal(G1.Multiply(pa, b), G1.Multiply(pb, a));
            Assert.Equal(pa, G1.Multiply(pa, Fr.One));
            Assert.Equal(-pa, G1.Multiply(pa, BigInteger.MinusOne));
        }
    }

    [Fact]
    public void Points_off_the_curve_are_rejected()
    {
        Assert.False(new G1Affine(Fp.One, Fp.FromUInt64(3)).IsOnCurve);
        Assert.False(new G1(Fp.One, Fp.FromUInt64(3), Fp.One).IsOnCurve);
        Assert.True(G1Affine.Infinity.IsOnCurve);
        Assert.True(G1.Infinity.ToAffine().IsInfinity);
    }
}
