using Rollup.Core.Fields.Lanes;
using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.Fields.Lanes;
using Rollup.Prover.Parallelism;

namespace Rollup.Prover.Polynomials;

/// <summary>
/// Radix-2 number-theoretic transform over Fr, in place, natural order in and out. The roots of
/// unity are the ones ffjavascript (and so snarkjs) uses: w_(2^k) = w_(2^28)^(2^(28-k)) with
/// w_(2^28) = 5^((r-1)/2^28). Using the same roots matters: a .zkey's H points are tied to
/// snarkjs' domain, and constraint c sits at w_n^c.
/// Large transforms run on all cores: the first stages inside cache-sized blocks, one block per
/// task, then each wider stage split into chunks of butterflies.
/// </summary>
public static class Ntt
{
    public const int MaxLog2Size = 28;

    /// <summary>2^12 elements (128 KiB) per block: the stages up to that width run in cache.</summary>
    private const int BlockLog2 = 12;

    /// <summary>Butterflies (or scaled elements) per parallel chunk.</summary>
    private const int Chunk = 1 << 12;

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
        int n = values.Length;
        BitReverse(values, log2);
        // The stage of width len uses w_len^j = w_N^(j·N/len) from a table of w_N^j, j < N/2, N ≥ n.
        var twiddles = Twiddles(log2);
        int spread = twiddles.Length * 2 / n;

        int block = 1 << Math.Min(log2, BlockLog2);
        ParallelChunks.For(values, n, block, (whole, from, to) =>
        {
            var span = whole[from..to];
            for (int len = 2; len <= span.Length; len <<= 1)
            {
                int half = len >> 1;
                for (int start = 0; start < span.Length; start += len)
                    Butterflies(span.Slice(start, len), twiddles, spread * (n / len), 0, half);
            }
        });
        for (int len = block << 1; len <= n; len <<= 1)
        {
            int half = len >> 1;
            int stride = spread * (n / len);
            // Chunks divide half here (both are powers of two and half ≥ block ≥ Chunk), so a
            // chunk of butterflies t lies in one group: group t / half, offset t mod half.
            ParallelChunks.For(values, n / 2, Chunk, (whole, from, to) =>
            {
                int group = from / half;
                int j = from - group * half;
                Butterflies(whole.Slice(group * len, len), twiddles, stride, j, j + (to - from));
            });
        }
    }

    // The table of the largest transform so far; a smaller one reads every k-th entry. A race
    // only builds the same table twice.
    private static Fr[]? s_twiddles;

    /// <summary>w_N^j for j &lt; N/2, for some N ≥ 2^log2.</summary>
    private static Fr[] Twiddles(int log2)
    {
        var table = Volatile.Read(ref s_twiddles);
        if (table is not null && table.Length >= 1 << (log2 - 1)) return table;
        table = new Fr[1 << (log2 - 1)];
        ScaleByPowers(table, Fr.One, RootOfUnity(log2), fill: true);
        Volatile.Write(ref s_twiddles, table);
        return table;
    }

    /// <summary>Butterflies j in [from, to) of one group of width group.Length, with twiddle w^(j·stride).</summary>
    private static void Butterflies(Span<Fr> group, Fr[] twiddles, int stride, int from, int to)
    {
        int half = group.Length >> 1;
        var low = group[..half];
        var high = group[half..];
        int j = from;
        if (j == 0)
        {
            // Twiddle one: no multiplication.
            var u = low[0];
            var v = high[0];
            low[0] = u + v;
            high[0] = u - v;
            j = 1;
        }
        if (Lanes8.IsSupported) j = LaneFr.Butterflies(low, high, twiddles, stride, j, to);
        for (; j < to; j++)
        {
            var u = low[j];
            var v = high[j] * twiddles[j * stride];
            low[j] = u + v;
            high[j] = u - v;
        }
    }

    /// <summary>Evaluations to coefficients, the inverse of <see cref="Forward"/>.</summary>
    public static void Inverse(Span<Fr> values)
    {
        InverseUnscaled(values);
        ScaleByPowers(values, Fr.Inverse(Fr.FromUInt64((ulong)values.Length)), Fr.One, fill: false);
    }

    /// <summary>values[k] *= shift^k: turns p(x) into p(shift·x), so a forward transform then evaluates on the coset shift·⟨w_n⟩.</summary>
    public static void ScaleByPowers(Span<Fr> values, in Fr shift) => ScaleByPowers(values, Fr.One, shift, fill: false);

    /// <summary>Coefficients to evaluations on the coset: values[i] becomes p(shift·w_n^i).</summary>
    public static void CosetForward(Span<Fr> values, in Fr shift)
    {
        ScaleByPowers(values, shift);
        Forward(values);
    }

    /// <summary>Evaluations on the coset shift·⟨w_n⟩ back to coefficients.</summary>
    public static void CosetInverse(Span<Fr> values, in Fr shift)
    {
        InverseUnscaled(values);
        ScaleByPowers(values, Fr.Inverse(Fr.FromUInt64((ulong)values.Length)), Fr.Inverse(shift), fill: false);
    }

    /// <summary>
    /// Evaluations on ⟨w_n⟩ to evaluations of the same polynomial on the coset shift·⟨w_n⟩:
    /// inverse transform, then coefficient k times shift^k / n in one pass, then forward.
    /// </summary>
    public static void ToCoset(Span<Fr> values, in Fr shift)
    {
        InverseUnscaled(values);
        ScaleByPowers(values, Fr.Inverse(Fr.FromUInt64((ulong)values.Length)), shift, fill: false);
        Forward(values);
    }

    /// <summary>n times the inverse transform: evaluating at w^-i = w^(n-i) is the forward transform with entries 1..n-1 reversed.</summary>
    private static void InverseUnscaled(Span<Fr> values)
    {
        Forward(values);
        values[1..].Reverse();
    }

    /// <summary>values[k] = first·ratio^k (fill) or values[k] *= first·ratio^k; chunks start from a power of their own.</summary>
    private static void ScaleByPowers(Span<Fr> values, Fr first, Fr ratio, bool fill)
    {
        ParallelChunks.For(values, values.Length, Chunk * 4, (whole, from, to) =>
        {
            int k = from;
            if (Lanes8.IsSupported) k += LaneFr.ScaleByPowers(whole[from..to], first * Fr.Pow(ratio, (ulong)from), ratio, fill);
            var power = first * Fr.Pow(ratio, (ulong)k);
            for (; k < to; k++)
            {
                whole[k] = fill ? power : whole[k] * power;
                power *= ratio;
            }
        });
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
        // Each pair (i, rev(i)) is swapped by its smaller index alone, so chunks never touch the same pair twice.
        ParallelChunks.For(values, values.Length, Chunk * 4, (whole, from, to) =>
        {
            for (int i = from; i < to; i++)
            {
                int j = (int)(ReverseBits((uint)i) >> (32 - log2));
                if (i < j) (whole[i], whole[j]) = (whole[j], whole[i]);
            }
        });
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
