using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.Polynomials;

namespace Rollup.Prover.Tests.Polynomials;

public class NttTests
{
    private static Fr[] RandomValues(int n, int seed)
    {
        var rng = new Random(seed);
        var result = new Fr[n];
        var bytes = new byte[32];
        for (int i = 0; i < n; i++)
        {
            rng.NextBytes(bytes);
            result[i] = Fr.FromBytesReduced(bytes);
        }
        return result;
    }

    private static Fr Evaluate(Fr[] coefficients, Fr x)
    {
        var acc = Fr.Zero;
        for (int k = coefficients.Length - 1; k >= 0; k--) acc = acc * x + coefficients[k];
        return acc;
    }

    [Fact]
    public void Root_of_2_pow_28_is_ffjavascripts()
    {
        Assert.Equal(
            Fr.Parse("19103219067921713944291392827692070036145651957329286315305642004821462161904"),
            Ntt.RootOfUnity(28));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(10)]
    public void Roots_are_primitive(int log2)
    {
        var w = Ntt.RootOfUnity(log2);
        Assert.Equal(Fr.One, Fr.Pow(w, 1UL << log2));
        Assert.Equal(-Fr.One, Fr.Pow(w, 1UL << (log2 - 1)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(8)]
    [InlineData(32)]
    public void Forward_matches_naive_evaluation(int n)
    {
        var coefficients = RandomValues(n, n);
        var values = (Fr[])coefficients.Clone();
        Ntt.Forward(values);
        var w = Ntt.RootOfUnity(BitOperations.Log2((uint)n));
        var x = Fr.One;
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(Evaluate(coefficients, x), values[i]);
            x *= w;
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(16)]
    [InlineData(256)]
    public void Inverse_undoes_forward(int n)
    {
        var original = RandomValues(n, 100 + n);
        var values = (Fr[])original.Clone();
        Ntt.Forward(values);
        Ntt.Inverse(values);
        Assert.Equal(original, values);
        Ntt.Inverse(values);
        Ntt.Forward(values);
        Assert.Equal(original, values);
    }

    [Fact]
    public void Coset_forward_evaluates_on_the_shifted_domain_and_inverts()
    {
        const int n = 16;
        var coefficients = RandomValues(n, 7);
        var shift = Ntt.RootOfUnity(5); // w_2n, the shift snarkjs' prover uses
        var values = (Fr[])coefficients.Clone();
        Ntt.CosetForward(values, shift);
        var w = Ntt.RootOfUnity(4);
        var x = shift;
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(Evaluate(coefficients, x), values[i]);
            x *= w;
        }
        Ntt.CosetInverse(values, shift);
        Assert.Equal(coefficients, values);
    }

    [Theory]
    [InlineData(1 << 13)]
    [InlineData(1 << 15)]
    public void Forward_past_the_cache_block_matches_evaluation_at_sampled_points(int n)
    {
        // Sizes above 2^12 take the chunked parallel stages; Horner checks a spread of outputs.
        var coefficients = RandomValues(n, n);
        var values = (Fr[])coefficients.Clone();
        Ntt.Forward(values);
        var w = Ntt.RootOfUnity(BitOperations.Log2((uint)n));
        foreach (int i in new[] { 0, 1, 2, 4095, 4096, n / 2 - 1, n / 2, n / 2 + 3, n - 1 })
            Assert.Equal(Evaluate(coefficients, Fr.Pow(w, (ulong)i)), values[i]);
        Ntt.Inverse(values);
        Assert.Equal(coefficients, values);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(1 << 13)]
    public void To_coset_moves_evaluations_onto_the_shifted_domain(int n)
    {
        int log2 = BitOperations.Log2((uint)n);
        var coefficients = RandomValues(n, 9 + n);
        var onDomain = (Fr[])coefficients.Clone();
        Ntt.Forward(onDomain);
        var expected = (Fr[])coefficients.Clone();
        var shift = Ntt.RootOfUnity(log2 + 1);
        Ntt.CosetForward(expected, shift);
        Ntt.ToCoset(onDomain, shift);
        Assert.Equal(expected, onDomain);
        Assert.Equal(Evaluate(coefficients, shift * Fr.Pow(Ntt.RootOfUnity(log2), 5)), onDomain[5]);
    }

    [Fact]
    public void Sizes_that_are_not_powers_of_two_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Ntt.Forward(new Fr[3]));
        Assert.Throws<ArgumentException>(() => Ntt.Inverse(new Fr[0]));
    }
}
