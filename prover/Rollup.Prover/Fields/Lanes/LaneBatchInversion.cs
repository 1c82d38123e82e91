using Rollup.Core.Fields.Lanes;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Rollup.Prover.Fields;

namespace Rollup.Prover.Fields.Lanes;

/// <summary>
/// Montgomery's trick on eight interleaved chains: lane k multiplies up elements k, k + 8, ...,
/// so each step is one eight-lane product instead of eight dependent scalar ones. The eight lane
/// totals are inverted together by one scalar inversion, then unwound lane-parallel again.
/// </summary>
internal static class LaneBatchInversion
{
    /// <summary>Replaces each non-zero value by its inverse (zeros stay zero); scratch holds at least values.Length rounded up to 8.</summary>
    public static void Invert(Span<Fp> values, Span<Fp> scratch)
    {
        int n = values.Length;
        if (n == 0) return;
        int groups = (n + 7) >> 3;
        if (scratch.Length < groups << 3) throw new ArgumentException("scratch is too short", nameof(scratch));

        Lanes8.Broadcast(Fp.One, out var one);
        // Two accumulators (even and odd groups): sixteen independent chains keep two products
        // in flight instead of waiting on each one's latency.
        var even = one;
        var odd = one;
        for (int g = 0; g < groups; g++)
        {
            LoadNonZero(values, g, one, out var d, out _);
            if ((g & 1) == 0)
            {
                even.Store<Fp>(scratch.Slice(g << 3, 8));
                Montgomery8<FpModulus>.Mul(even, d, out even);
            }
            else
            {
                odd.Store<Fp>(scratch.Slice(g << 3, 8));
                Montgomery8<FpModulus>.Mul(odd, d, out odd);
            }
        }

        Span<Fp> totals = stackalloc Fp[16];
        even.Store<Fp>(totals[..8]);
        odd.Store<Fp>(totals[8..]);
        InvertAll(totals);
        Lanes8.Load<Fp>(totals[..8], out var inverseEven);
        Lanes8.Load<Fp>(totals[8..], out var inverseOdd);

        for (int g = groups - 1; g >= 0; g--)
        {
            LoadNonZero(values, g, one, out var d, out var zero);
            Lanes8.Load<Fp>(scratch.Slice(g << 3, 8), out var prefix);
            Lanes8 result;
            if ((g & 1) == 0)
            {
                Montgomery8<FpModulus>.Mul(inverseEven, prefix, out result);
                Montgomery8<FpModulus>.Mul(inverseEven, d, out inverseEven);
            }
            else
            {
                Montgomery8<FpModulus>.Mul(inverseOdd, prefix, out result);
                Montgomery8<FpModulus>.Mul(inverseOdd, d, out inverseOdd);
            }
            ClearWhere(zero, ref result);
            StoreGroup(values, g, result);
        }
    }

    /// <summary>Each of the (sixteen, non-zero) lane totals replaced by its inverse, with one inversion and prefix products.</summary>
    private static void InvertAll(Span<Fp> lane)
    {
        Span<Fp> prefix = stackalloc Fp[16];
        var running = Fp.One;
        for (int k = 0; k < lane.Length; k++)
        {
            prefix[k] = running;
            running *= lane[k];
        }
        var inverse = Fp.InverseVariableTime(running);
        for (int k = lane.Length - 1; k >= 0; k--)
        {
            var inverseK = inverse * prefix[k];
            inverse *= lane[k];
            lane[k] = inverseK;
        }
    }

    /// <summary>Group g of values, with zeros (and the padding past the end) replaced by one; zero marks the lanes that were zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void LoadNonZero(Span<Fp> values, int g, in Lanes8 one, out Lanes8 d, out Vector512<ulong> zero)
    {
        int start = g << 3;
        if (start + 8 <= values.Length)
        {
            Lanes8.Load<Fp>(values.Slice(start, 8), out d);
        }
        else
        {
            Span<Fp> padded = stackalloc Fp[8];
            values[start..].CopyTo(padded);
            Lanes8.Load<Fp>(padded, out d);
        }
        zero = d.ZeroMask();
        Lanes8.Select(zero, one, d, out d);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ClearWhere(Vector512<ulong> zero, ref Lanes8 x)
    {
        Lanes8 cleared = default;
        Lanes8.Select(zero, cleared, x, out x);
    }

    private static void StoreGroup(Span<Fp> values, int g, in Lanes8 x)
    {
        int start = g << 3;
        if (start + 8 <= values.Length)
        {
            x.Store<Fp>(values.Slice(start, 8));
            return;
        }
        Span<Fp> padded = stackalloc Fp[8];
        x.Store<Fp>(padded);
        padded[..(values.Length - start)].CopyTo(values[start..]);
    }
}
