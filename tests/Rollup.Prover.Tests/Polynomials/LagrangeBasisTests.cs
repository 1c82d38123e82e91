using Rollup.Core.Fields;
using Rollup.Prover.Polynomials;

namespace Rollup.Prover.Tests.Polynomials;

public class LagrangeBasisTests
{
    private static readonly Fr Tau = Fr.Parse("1234567891011121314151617181920212223242526272829303132333435");

    /// <summary>L_i(τ) the slow way: interpolate the unit vector e_i with an inverse NTT, evaluate by Horner.</summary>
    private static Fr Naive(int log2Size, int index, Fr tau)
    {
        var values = new Fr[1 << log2Size];
        values[index] = Fr.One;
        Ntt.Inverse(values);
        var acc = Fr.Zero;
        for (int k = values.Length - 1; k >= 0; k--) acc = acc * tau + values[k];
        return acc;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    public void Closed_form_equals_interpolation_of_unit_vectors(int log2Size)
    {
        var basis = LagrangeBasis.Evaluate(log2Size, Tau);
        Assert.Equal(1 << log2Size, basis.Length);
        for (int i = 0; i < basis.Length; i++) Assert.Equal(Naive(log2Size, i, Tau), basis[i]);
    }

    [Fact]
    public void Odd_basis_is_every_second_element_of_the_full_basis()
    {
        var full = LagrangeBasis.Evaluate(5, Tau);
        var odd = LagrangeBasis.EvaluateOdd(5, Tau);
        Assert.Equal(16, odd.Length);
        for (int i = 0; i < odd.Length; i++) Assert.Equal(full[2 * i + 1], odd[i]);
    }

    [Fact]
    public void Basis_sums_to_one_as_the_constant_polynomial_must()
    {
        var sum = Fr.Zero;
        foreach (var l in LagrangeBasis.Evaluate(10, Tau)) sum += l;
        Assert.Equal(Fr.One, sum);
    }

    [Fact]
    public void Point_inside_the_domain_is_refused()
    {
        Assert.Throws<ArgumentException>(() => LagrangeBasis.Evaluate(4, Ntt.RootOfUnity(4)));
    }
}
