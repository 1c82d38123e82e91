using Rollup.Core.Fields;

namespace Rollup.Prover.Polynomials;

/// <summary>
/// The Lagrange basis of a radix-2 domain ⟨w⟩ (ffjavascript's roots, as <see cref="Ntt"/>)
/// evaluated at one point τ outside the domain, in O(m) with one batch inversion, from the
/// closed form L_i(τ) = (τ^m − 1)/m · w^i/(τ − w^i).
/// </summary>
public static class LagrangeBasis
{
    /// <summary>L_i(τ) for i = 0 .. m−1 over the domain of size m = 2^log2Size.</summary>
    public static Fr[] Evaluate(int log2Size, in Fr tau) => EvaluateStrided(log2Size, tau, first: 0, step: 1);

    /// <summary>
    /// L_(2i+1)(τ) for i = 0 .. m/2−1 over the domain of size m = 2^log2Size: the odd-index
    /// basis that snarkjs' H query holds (over the 2n-point domain, n = m/2).
    /// </summary>
    public static Fr[] EvaluateOdd(int log2Size, in Fr tau)
    {
        if (log2Size < 1) throw new ArgumentOutOfRangeException(nameof(log2Size), "the domain needs at least two points");
        return EvaluateStrided(log2Size, tau, first: 1, step: 2);
    }

    /// <summary>L_(first + step·i)(τ) for every index of that arithmetic progression below m.</summary>
    private static Fr[] EvaluateStrided(int log2Size, in Fr tau, int first, int step)
    {
        var w = Ntt.RootOfUnity(log2Size);
        long m = 1L << log2Size;
        var tauM = Fr.Pow(tau, (ulong)m);
        if (tauM.IsOne) throw new ArgumentException("τ lies in the evaluation domain, where the closed form does not apply", nameof(tau));
        var factor = (tauM - Fr.One) * Fr.Inverse(Fr.FromUInt64((ulong)m));

        int count = (int)((m - first + step - 1) / step);
        var result = new Fr[count];
        var powers = new Fr[count];
        var point = Fr.Pow(w, (ulong)first);
        var stride = Fr.Pow(w, (ulong)step);
        for (int i = 0; i < count; i++)
        {
            powers[i] = point;
            result[i] = tau - point;
            point *= stride;
        }
        Fr.BatchInverse(result);
        for (int i = 0; i < count; i++) result[i] = factor * powers[i] * result[i];
        return result;
    }
}
