using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.Curves;

namespace Rollup.Prover.Tests.Curves;

public class G1EndomorphismTests
{
    private static readonly BigInteger R = Fr.Modulus.ToBigInteger();

    [Fact]
    public void Phi_is_multiplication_by_lambda_on_any_point()
    {
        var p = G1.Multiply(G1.Generator, Fr.Parse("123456789123456789123456789")).ToAffine().ToJacobian();
        Assert.Equal(G1.Multiply(p, G1Endomorphism.Lambda), G1Endomorphism.Apply(p));
        Assert.Equal(BigInteger.Zero, (G1Endomorphism.Lambda * G1Endomorphism.Lambda + G1Endomorphism.Lambda + 1) % R);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("21888242871839275222246405745257275088548364400416034343698204186575808495616")]
    [InlineData("10944121435919637611123202872628637544274182200208017171849102093287904247808")]
    [InlineData("4965661367192848881496566136719284888149656613671928488814965661367192848881")]
    public void Decomposition_recombines_to_the_scalar_with_half_size_parts(string value)
    {
        var k = BigInteger.Parse(value);
        var (k1, k2) = G1Endomorphism.Decompose(k);
        Assert.Equal(k % R, (((k1 + k2 * G1Endomorphism.Lambda) % R) + R) % R);
        Assert.True(BigInteger.Abs(k1) < BigInteger.One << 128, $"k1 = {k1}");
        Assert.True(BigInteger.Abs(k2) < BigInteger.One << 128, $"k2 = {k2}");
    }
}
