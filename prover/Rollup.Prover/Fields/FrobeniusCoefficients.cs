using System.Numerics;

namespace Rollup.Prover.Fields;

/// <summary>
/// Powers γ(k, i) = ξ^(i·(p^k - 1)/6) for k = 0..11 and i = 0..5, computed once from ξ.
/// In Fp12 = Fp2[w]/(w^6 - ξ) (w^2 = v, v^3 = ξ), raising to p^k maps w^i to
/// w^(i·p^k) = w^i · (w^6)^(i·(p^k - 1)/6) = w^i · γ(k, i); (p^k - 1)/6 is an integer since
/// p = 1 mod 6. So the Frobenius of any tower element is the Frobenius of its Fp2 coefficients
/// times these constants.
/// </summary>
internal static class FrobeniusCoefficients
{
    private static readonly Fp2[] Table = Build();

    /// <summary>ξ^(i·(p^k - 1)/6).</summary>
    public static ref readonly Fp2 Gamma(int k, int i) => ref Table[k * 6 + i];

    private static Fp2[] Build()
    {
        var table = new Fp2[12 * 6];
        var p = Fp.ModulusBigInteger;
        var pk = BigInteger.One;
        for (int k = 0; k < 12; k++)
        {
            var g = Fp2.Pow(Fp2.Xi, (pk - 1) / 6);
            var acc = Fp2.One;
            for (int i = 0; i < 6; i++)
            {
                table[k * 6 + i] = acc;
                acc *= g;
            }
            pk *= p;
        }
        return table;
    }
}
