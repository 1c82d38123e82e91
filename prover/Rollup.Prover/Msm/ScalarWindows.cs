using Rollup.Core.Fields;
using Rollup.Prover.Parallelism;

namespace Rollup.Prover.Msm;

/// <summary>
/// The window arithmetic of Pippenger's method, shared by G1 and G2: window width, and the
/// signed c-bit digits of the scalars. Signed digits lie in [−2^(c−1), 2^(c−1)], so a window
/// needs 2^(c−1) buckets instead of 2^c − 1 (negating an affine point is free).
/// </summary>
internal static class ScalarWindows
{
    /// <summary>Scalars are canonical, below r &lt; 2^254.</summary>
    public const int ScalarBits = 254;

    /// <summary>Digits are stored as 16-bit integers; c = 16 still fits (see <see cref="SignedDigits"/>).</summary>
    public const int MaxWindowBits = 16;

    /// <summary>
    /// Window width c for n points: each window costs about n batched bucket additions plus a
    /// reduction of 2^(c−1) buckets, over 255/c windows. log2(n) − 2 was best or within 3% of
    /// best when measured on G1 and G2 from 2^8 to 2^20 points; 16 is the cap of the digit format.
    /// </summary>
    public static int WindowBits(int n)
    {
        if (n < 16) return 3;
        int log2 = System.Numerics.BitOperations.Log2((uint)n);
        return Math.Clamp(log2 - 2, 3, MaxWindowBits);
    }

    /// <summary>
    /// Windows needed for signed digits: the borrow of a negative digit carries into the next
    /// window, so c·W must cover 255 bits (r &lt; 2^254 plus that carry).
    /// </summary>
    public static int WindowCount(int c) => (ScalarBits + c) / c;

    public static int BucketCount(int c) => 1 << (c - 1);

    /// <summary>The largest digit magnitude window w can hold: 2^(c−1), less in the top window, which covers only the bits left below 2^254.</summary>
    public static int MaxDigit(int window, int c)
    {
        int bitsBelow = ScalarBits - c * window;
        return bitsBelow >= c ? 1 << (c - 1) : Math.Min(1 << (c - 1), 1 << bitsBelow);
    }

    /// <summary>
    /// The signed digits of scalars[indices[j]], window-major: digit w of scalar j is at
    /// [w·m + j] for m = indices.Length, and Σ_w digit_w·2^(c·w) is the canonical scalar. A
    /// window value u ≥ 2^(c−1) becomes u − 2^c with a carry into the next window; the top
    /// window takes no carry out, and since c·W ≥ 255 its digit is at most 2^(c−1) (at most
    /// 2^14 for c = 16), so every digit fits a short.
    /// </summary>
    public static short[] SignedDigits(ReadOnlySpan<Fr> scalars, int[] indices, int c, bool parallel)
    {
        if (c is < 2 or > MaxWindowBits) throw new ArgumentOutOfRangeException(nameof(c));
        int m = indices.Length;
        int windows = WindowCount(c);
        var digits = new short[windows * m];
        ParallelChunks.For(scalars, m, parallel ? 1 << 14 : Math.Max(m, 1), (source, from, to) =>
        {
            for (int j = from; j < to; j++) Decompose(source[indices[j]].ToUInt256(), c, windows, digits, j, m);
        });
        return digits;
    }

    private static void Decompose(in UInt256 k, int c, int windows, short[] digits, int j, int stride)
    {
        ReadOnlySpan<ulong> limbs = [k.L0, k.L1, k.L2, k.L3, 0];
        int half = 1 << (c - 1);
        int full = 1 << c;
        ulong mask = (1UL << c) - 1;
        int carry = 0;
        for (int w = 0; w < windows; w++)
        {
            int offset = w * c;
            int limb = offset >> 6;
            int shift = offset & 63;
            ulong v = limbs[limb] >> shift;
            if (shift + c > 64) v |= limbs[limb + 1] << (64 - shift);
            int u = (int)(v & mask) + carry;
            if (u >= half && w < windows - 1)
            {
                digits[w * stride + j] = (short)(u - full);
                carry = 1;
            }
            else
            {
                digits[w * stride + j] = (short)u;
                carry = 0;
            }
        }
    }
}
