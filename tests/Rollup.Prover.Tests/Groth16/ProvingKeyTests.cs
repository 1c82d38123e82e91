using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Groth16;

namespace Rollup.Prover.Tests.Groth16;

public class ProvingKeyTests
{
    [Theory]
    [InlineData(QapMatrix.A, 4, 0, "constraint 4")]
    [InlineData(QapMatrix.B, 0, 3, "signal 3")]
    [InlineData((QapMatrix)2, 0, 0, "matrix")]
    public void Public_constructor_refuses_a_coefficient_outside_the_key(QapMatrix matrix, int constraint, int signal, string expected)
    {
        // The readers skip this check because they make it while decoding; everyone else gets it.
        var e = Assert.Throws<ArgumentException>(() => Key([new QapCoefficient(matrix, constraint, signal, Fr.One)]));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Public_constructor_takes_coefficients_inside_the_key()
    {
        var key = Key([new QapCoefficient(QapMatrix.B, 3, 2, Fr.One)]);
        Assert.Single(key.Coefficients);
    }

    // Three variables, one public, a domain of four.
    private static ProvingKey Key(QapCoefficient[] coefficients)
    {
        var g1 = G1Affine.Generator;
        var g2 = G2Affine.Generator;
        return new ProvingKey(3, 1, 4, g1, g1, g2, g2, g1, -g2, [g1, g1], coefficients,
            [g1, g1, g1], [g1, g1, g1], [g2, g2, g2], [g1], [g1, g1, g1, g1]);
    }
}
