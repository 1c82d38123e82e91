using Rollup.Core.Fields;

namespace Rollup.Prover.Msm;

/// <summary>The window arithmetic Pippenger's method shares between G1 and G2: window width and digit extraction.</summary>
internal static class ScalarWindows
{
    /// <summary>Scalars are canonical, below r &lt; 2^254.</summary>
    public const int ScalarBits = 254;

    // Below this many points the thread hand-off costs more than the windows it spreads.
    public const int ParallelThreshold = 64;

    /// <summary>
    /// Window width c: each window costs about n additions into buckets plus 2^(c+1) to sum
    /// them, over 254/c windows, so c grows like log2(n); the cap keeps bucket arrays small.
    /// </summary>
    public static int WindowBits(int n)
    {
        if (n < 8) return 2;
        int log2 = System.Numerics.BitOperations.Log2((uint)n);
        return Math.Clamp(log2 - 2, 3, 16);
    }

    public static int WindowCount(int c) => (ScalarBits + c - 1) / c;

    public static UInt256[] Canonical(ReadOnlySpan<Fr> scalars)
    {
        var result = new UInt256[scalars.Length];
        for (int i = 0; i < result.Length; i++) result[i] = scalars[i].ToUInt256();
        return result;
    }

    /// <summary>Bits [window·c, window·c + c) of the scalar, which may straddle two limbs.</summary>
    public static int Digit(in UInt256 k, int window, int c)
    {
        int offset = window * c;
        int limb = offset >> 6;
        if (limb >= 4) return 0;
        int shift = offset & 63;
        ulong v = k.Limb(limb) >> shift;
        if (shift + c > 64 && limb + 1 < 4) v |= k.Limb(limb + 1) << (64 - shift);
        return (int)(v & ((1UL << c) - 1));
    }
}
