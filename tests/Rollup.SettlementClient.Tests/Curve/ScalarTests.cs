using System.Numerics;
using Rollup.SettlementClient.Signing.Curve;
using static Rollup.SettlementClient.Tests.Curve.LimbConversions;

namespace Rollup.SettlementClient.Tests.Curve;

public class ScalarTests
{
    private static List<BigInteger> Inputs() => Values(N, seed: 23, count: 40).ToList();

    [Fact]
    public void Add_sub_mul_match_big_integer_mod_n_on_random_and_boundary_values()
    {
        var inputs = Inputs();
        foreach (var x in inputs)
        {
            var a = Scalar(x);
            Assert.Equal((N - x) % N, Signing.Curve.Scalar.Negate(a).ToBig());
            foreach (var y in inputs)
            {
                var b = Scalar(y);
                Assert.Equal((x + y) % N, Signing.Curve.Scalar.Add(a, b).ToBig());
                Assert.Equal(((x - y) % N + N) % N, Signing.Curve.Scalar.Sub(a, b).ToBig());
                Assert.Equal(x * y % N, Signing.Curve.Scalar.Mul(a, b).ToBig());
            }
        }
    }

    [Fact]
    public void Inverse_is_the_fermat_inverse_mod_n_and_zero_for_zero()
    {
        foreach (var x in Inputs())
        {
            var inverse = Signing.Curve.Scalar.Inverse(Scalar(x)).ToBig();
            Assert.Equal(BigInteger.ModPow(x, N - 2, N), inverse);
            if (!x.IsZero) Assert.Equal(BigInteger.One, x * inverse % N);
        }
    }

    [Fact]
    public void Reduced_reader_takes_any_256_bit_value_mod_n()
    {
        var top = BigInteger.Pow(2, 256) - 1;
        foreach (var x in new[] { BigInteger.Zero, N - 1, N, N + 1, top }.Concat(Values(N, seed: 5, count: 20)))
            Assert.Equal(x % N, Signing.Curve.Scalar.ReadReduced(ToBytes32(x)).ToBig());
    }

    [Fact]
    public void Reader_refuses_values_not_below_n()
    {
        Assert.False(Signing.Curve.Scalar.TryRead(ToBytes32(N), out _));
        Assert.False(Signing.Curve.Scalar.TryRead(ToBytes32(BigInteger.Pow(2, 256) - 1), out _));
        Assert.True(Signing.Curve.Scalar.TryRead(ToBytes32(N - 1), out _));
    }

    [Fact]
    public void High_means_strictly_above_half_the_order()
    {
        var half = N / 2;
        Assert.False(Scalar(half).IsHigh);
        Assert.True(Scalar(half + 1).IsHigh);
        Assert.True(Scalar(N - 1).IsHigh);
        Assert.False(Scalar(1).IsHigh);
    }

    [Fact]
    public void Field_values_become_scalars_only_below_n()
    {
        Assert.True(Signing.Curve.Scalar.TryFromField(Field(N - 1), out var r));
        Assert.Equal(N - 1, r.ToBig());
        Assert.False(Signing.Curve.Scalar.TryFromField(Field(N), out _));
        Assert.False(Signing.Curve.Scalar.TryFromField(Field(P - 1), out _));
    }

    [Fact]
    public void Nibbles_are_the_hexadecimal_digits_from_the_least_significant()
    {
        var x = BigInteger.Parse("0FEDCBA9876543210FEDCBA9876543210FEDCBA9876543210FEDCBA987654321", System.Globalization.NumberStyles.HexNumber);
        var a = Scalar(x);
        for (int i = 0; i < 64; i++) Assert.Equal((int)((x >> (4 * i)) & 0xF), a.Nibble(i));
    }
}
