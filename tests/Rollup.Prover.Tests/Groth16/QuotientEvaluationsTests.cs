using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Groth16;
using Rollup.Prover.Polynomials;
using Rollup.Prover.Tests.Msm;

namespace Rollup.Prover.Tests.Groth16;

public class QuotientEvaluationsTests
{
    [Fact]
    public void Quotient_evaluations_are_ab_minus_c_on_the_coset()
    {
        // 1024 rows: enough for the row blocks to be shared out among workers.
        const int n = 1024;
        const int variables = 700;
        var rng = new Random(5);
        var values = MsmTerms.Scalars(16, 6);
        var coefficients = new List<QapCoefficient>();
        for (int row = 0; row < n - 2; row++)
        {
            for (int t = rng.Next(1, 4); t > 0; t--)
                coefficients.Add(new QapCoefficient(QapMatrix.A, row, rng.Next(variables), values[rng.Next(values.Length)]));
            for (int t = rng.Next(0, 3); t > 0; t--)
                coefficients.Add(new QapCoefficient(QapMatrix.B, row, rng.Next(variables), values[rng.Next(values.Length)]));
        }
        coefficients.Add(new QapCoefficient(QapMatrix.A, n - 2, 0, Fr.One));
        coefficients.Add(new QapCoefficient(QapMatrix.A, n - 1, 1, Fr.One));
        var g1 = new G1Affine[variables];
        Array.Fill(g1, G1Affine.Generator);
        var g2 = new G2Affine[variables];
        Array.Fill(g2, G2Affine.Generator);
        var h = new G1Affine[n];
        Array.Fill(h, G1Affine.Generator);
        var key = new ProvingKey(variables, 1, n, G1Affine.Generator, G1Affine.Generator, G2Affine.Generator,
            G2Affine.Generator, G1Affine.Generator, G2Affine.Generator, [G1Affine.Generator, G1Affine.Generator],
            coefficients.ToArray(), g1, g1, g2, g1[2..], h);
        var witness = MsmTerms.Scalars(variables, 7);
        witness[0] = Fr.One;

        // The rows of A·w and B·w, summed directly, interpolated, and evaluated at shift·w_n^i.
        var a = new Fr[n];
        var b = new Fr[n];
        foreach (var k in coefficients)
        {
            if (k.Matrix == QapMatrix.A) a[k.Constraint] += k.Value * witness[k.Signal];
            else b[k.Constraint] += k.Value * witness[k.Signal];
        }
        var c = new Fr[n];
        for (int i = 0; i < n; i++) c[i] = a[i] * b[i];
        Ntt.Inverse(a);
        Ntt.Inverse(b);
        Ntt.Inverse(c);

        var quotient = Groth16Prover.QuotientEvaluations(key, witness);
        var shift = Ntt.RootOfUnity(BitOperations.Log2(n) + 1);
        var w = Ntt.RootOfUnity(BitOperations.Log2(n));
        foreach (int i in new[] { 0, 1, 63, 64, 65, 511, 1023 })
        {
            var x = shift * Fr.Pow(w, (ulong)i);
            Assert.Equal(Evaluate(a, x) * Evaluate(b, x) - Evaluate(c, x), quotient[i]);
        }
    }

    private static Fr Evaluate(Fr[] coefficients, Fr x)
    {
        var acc = Fr.Zero;
        for (int k = coefficients.Length - 1; k >= 0; k--) acc = acc * x + coefficients[k];
        return acc;
    }
}
