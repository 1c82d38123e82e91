using System.Numerics;
using Rollup.Core.Fields;

namespace Rollup.Prover.Polynomials;

/// <summary>
/// Radix-2 number-theoretic transform over Fr, in place, natural order in and out. The roots of
/// unity are the ones ffjavascript (and so snarkjs) uses: w_(2^k) = w_(2^28)^(2^(28-k)) with
/// w_(2^28) = 5^((r-1)/2^28). Using the same roots matters: a .zkey's H points are tied to
/// snarkjs' domain, and constraint c sits at w_n^c.
/// </summary>
public static class Ntt
{
    public const int MaxLog2Size = 28;

    private static readonly Fr[] Roots = BuildRoots();

    private static Fr[] BuildRoots()
    {
        // Roots[k] = primitive 2^k-th root of unity, by squaring down from 2^28.
        var roots = new Fr[MaxLog2Size + 1];
        roots[MaxLog2Size] = Fr.RootOfUnity2Pow28;
        for (int k = MaxLog2Size - 1; k >= 0; k--) roots[k] = Fr.Square(roots[k + 1]);
        return roots;
    }

    /// <summary>The primitive 2^log2Size-th root of unity of ffjavascript's tower.</summary>
    public static Fr RootOfUnity(int log2Size)
    {
        if ((uint)log2Size > MaxLog2Size) throw new ArgumentOutOfRangeException(nameof(log2Size), $"BN254's r supports sizes up to 2^{MaxLog2Size}");
        return Roots[log2Size];
    }

    /// <summary>Coefficients to evaluations: values[i] becomes p(w_n^i).</summary>
    public static void Forward(Span<Fr> values)
    {
        int log2 = Log2Size(values.Length);
        if (values.Length == 1) return;
        BitReverse(values, log2);
        int n = values.Length;
        // Twiddles w_n^j for j < n/2; the stage of length len uses every (n/len)-th one.
        var twiddles = new Fr[n / 2];
        var w = RootOfUnity(log2);
        twiddles[0] = Fr.One;
        for (int j = 1; j < twiddles.Length; j++) twiddles[j] = twiddles[j - 1] * w;
        for (int len = 2; len <= n; len <<= 1)
        {
            int half = len >> 1;
            int stride = n / len;
            for (int start = 0; start < n; start += len)
            {
                for (int j = 0; j < half; j++)
                {
                    var u = values[start + j];
                    var v = values[start + j + half] * twiddles[j * stride];
                    values[start + j] = u + v;
                    values[start + j + half] = u - v;
                }
            }
        }
    }

    /// <summary>Evaluations to coefficients, the inverse of <see cref="Forward"/>.</summary>
    public static void Inverse(Span<Fr> values)
    {
        // Evaluating at w^-i = w^(n-i) is the forward transform with entries 1..n-1 reversed,
        // so no second twiddle table is needed; then divide by n.
        Forward(values);
        values[1..].Reverse();
        var nInverse = Fr.Inverse(Fr.FromUInt64((ulong)values.Length));
        for (int i = 0; i < values.Length; i++) values[i] *= nInverse;
    }

    /// <summary>values[k] *= shift^k: turns p(x) into p(shift·x), so a forward transform then evaluates on the coset shift·⟨w_n⟩.</summary>
    public static void ScaleByPowers(Span<Fr> values, in Fr shift)
    {
        var power = Fr.One;
        for (int k = 0; k < values.Length; k++)
        {
            values[k] *= power;
            power *= shift;
        }
    }

    /// <summary>Coefficients to evaluations on the coset: values[i] becomes p(shift·w_n^i).</summary>
    public static void CosetForward(Span<Fr> values, in Fr shift)
    {
        ScaleByPowers(values, shift);
        Forward(values);
    }

    /// <summary>Evaluations on the coset shift·⟨w_n⟩ back to coefficients.</summary>
    public static void CosetInverse(Span<Fr> values, in Fr shift)
    {
        Inverse(values);
        ScaleByPowers(values, Fr.Inverse(shift));
    }

    private static int Log2Size(int length)
    {
        if (length < 1 || !BitOperations.IsPow2(length)) throw new ArgumentException($"NTT size {length} is not a power of two");
        int log2 = BitOperations.Log2((uint)length);
        if (log2 > MaxLog2Size) throw new ArgumentException($"NTT size 2^{log2} exceeds 2^{MaxLog2Size}");
        return log2;
    }

    private static void BitReverse(Span<Fr> values, int log2)
    {
        for (int i = 0; i < values.Length; i++)
        {
            int j = (int)(ReverseBits((uint)i) >> (32 - log2));
            if (i < j) (values[i], values[j]) = (values[j], values[i]);
        }
    }

    private static uint ReverseBits(uint x)
    {
        x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
        x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
        x = ((x >> 4) & 0x0F0F0F0Fu) | ((x & 0x0F0F0F0Fu) << 4);
        x = ((x >> 8) & 0x00FF00FFu) | ((x & 0x00FF00FFu) << 8);
        return (x >> 16) | (x << 16);
    }
}
