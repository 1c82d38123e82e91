using System.Numerics;
using Rollup.SettlementClient.Signing.Curve;
using static Rollup.SettlementClient.Tests.Curve.LimbConversions;

namespace Rollup.SettlementClient.Tests.Curve;

public class FieldElementTests
{
    private static List<BigInteger> Inputs() => Values(P, seed: 11, count: 40).ToList();

    [Fact]
    public void Add_sub_mul_square_match_big_integer_mod_p_on_random_and_boundary_values()
    {
        var inputs = Inputs();
        foreach (var x in inputs)
        {
            var a = Field(x);
            Assert.Equal(x * x % P, FieldElement.Square(a).ToBig());
            Assert.Equal((P - x) % P, FieldElement.Negate(a).ToBig());
            foreach (var y in inputs)
            {
                var b = Field(y);
                Assert.Equal((x + y) % P, FieldElement.Add(a, b).ToBig());
                Assert.Equal(((x - y) % P + P) % P, FieldElement.Sub(a, b).ToBig());
                Assert.Equal(x * y % P, FieldElement.Mul(a, b).ToBig());
            }
        }
    }

    [Fact]
    public void Inverse_is_the_fermat_inverse_mod_p_and_zero_for_zero()
    {
        foreach (var x in Inputs())
        {
            var inverse = FieldElement.Inverse(Field(x)).ToBig();
            Assert.Equal(BigInteger.ModPow(x, P - 2, P), inverse);
            if (!x.IsZero) Assert.Equal(BigInteger.One, x * inverse % P);
        }
    }

    [Fact]
    public void Reader_refuses_values_not_below_p()
    {
        Assert.False(FieldElement.TryRead(ToBytes32(P), out _));
        Assert.False(FieldElement.TryRead(ToBytes32(BigInteger.Pow(2, 256) - 1), out _));
        Assert.True(FieldElement.TryRead(ToBytes32(P - 1), out var a));
        var written = new byte[32];
        a.Write(written);
        Assert.Equal(ToBytes32(P - 1), written);
    }
}
