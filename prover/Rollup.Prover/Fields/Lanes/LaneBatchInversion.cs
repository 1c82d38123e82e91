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
        var acc = one;
        for (int g = 0; g < groups; g++)
        {
            LoadNonZero(values, g, one, out var d, out _);
            acc.Store<Fp>(scratch.Slice(g << 3, 8));
            Montgomery8<FpModulus>.Mul(acc, d, out acc);
        }

        Span<Fp> lane = stackalloc Fp[8];
        acc.Store<Fp>(lane);
        InvertEight(lane);
        Lanes8.Load<Fp>(lane, out var inverse);

        for (int g = groups - 1; g >= 0; g--)
        {
            LoadNonZero(values, g, one, out var d, out var zero);
            Lanes8.Load<Fp>(scratch.Slice(g << 3, 8), out var prefix);
            Montgomery8<FpModulus>.Mul(inverse, prefix, out var result);
            Montgomery8<FpModulus>.Mul(inverse, d, out inverse);
            ClearWhere(zero, ref result);
            StoreGroup(values, g, result);
        }
    }

    /// <summary>Each of eight non-zero values replaced by its inverse, with one inversion and prefix/suffix products.</summary>
    private static void InvertEight(Span<Fp> lane)
    {
        Span<Fp> prefix = stackalloc Fp[8];
        var running = Fp.One;
        for (int k = 0; k < 8; k++)
        {
            prefix[k] = running;
            running *= lane[k];
        }
        var inverse = Fp.Inverse(running);
        for (int k = 7; k >= 0; k--)
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
        zero = Vector512.Equals(d.L0 | d.L1 | d.L2 | d.L3 | d.L4 | d.L5 | d.L6 | d.L7, Vector512<ulong>.Zero);
        d.L0 = Vector512.ConditionalSelect(zero, one.L0, d.L0);
        d.L1 = Vector512.ConditionalSelect(zero, one.L1, d.L1);
        d.L2 = Vector512.ConditionalSelect(zero, one.L2, d.L2);
        d.L3 = Vector512.ConditionalSelect(zero, one.L3, d.L3);
        d.L4 = Vector512.ConditionalSelect(zero, one.L4, d.L4);
        d.L5 = Vector512.ConditionalSelect(zero, one.L5, d.L5);
        d.L6 = Vector512.ConditionalSelect(zero, one.L6, d.L6);
        d.L7 = Vector512.ConditionalSelect(zero, one.L7, d.L7);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ClearWhere(Vector512<ulong> zero, ref Lanes8 x)
    {
        x.L0 = Vector512.AndNot(x.L0, zero); x.L1 = Vector512.AndNot(x.L1, zero);
        x.L2 = Vector512.AndNot(x.L2, zero); x.L3 = Vector512.AndNot(x.L3, zero);
        x.L4 = Vector512.AndNot(x.L4, zero); x.L5 = Vector512.AndNot(x.L5, zero);
        x.L6 = Vector512.AndNot(x.L6, zero); x.L7 = Vector512.AndNot(x.L7, zero);
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
