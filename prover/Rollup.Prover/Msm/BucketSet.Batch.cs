using Rollup.Core.Fields.Lanes;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Rollup.Prover.Curves;
using Rollup.Prover.Fields;
using Rollup.Prover.Fields.Lanes;

namespace Rollup.Prover.Msm;

internal sealed partial class BucketSet<TP, TA, TF>
{
    /// <summary>
    /// Queues targets[index] += point, or settles it at once when no slope is needed (an empty
    /// target, or a sum that is the point at infinity). An index may be queued once per batch; the buckets and the
    /// reduction's slots share the batch, one at a time.
    /// </summary>
    private void Enqueue(TA[] targets, int index, in TA point)
    {
        ref var target = ref targets[index];
        if (target.IsInfinity)
        {
            target = point;
            return;
        }
        int entry = index;
        if (target.X.Equals(point.X))
        {
            // P + (−P) = O, and so is 2P for y = 0 (a 2-torsion point: none on G1 or the twist,
            // but it keeps every denominator non-zero, as the Jacobian doubling does).
            if (!target.Y.Equals(point.Y) || target.Y.IsZero)
            {
                target = TA.Infinity;
                return;
            }
            entry |= DoublingFlag;
            _denominators[_count] = AffineFormulas<TF>.TangentDenominator(target.Y);
        }
        else
        {
            _denominators[_count] = AffineFormulas<TF>.ChordDenominator(target.X, point.X);
        }
        _inBatch[index] = true;
        _entries[_count] = entry;
        _addends[_count] = point;
        _count++;
    }

    /// <summary>Performs the queued additions into targets, their slopes' denominators inverted together.</summary>
    private void Flush(TA[] targets)
    {
        int count = _count;
        if (count == 0) return;
        var inverses = _denominators.AsSpan(0, count);
        TA.InvertAll(inverses, _scratch);
        // G1 chord additions go eight at a time through the AVX-512 lanes; doublings (rare) and
        // the remainder one at a time.
        bool lanes = (typeof(TA) == typeof(G1Affine) || typeof(TA) == typeof(G2Affine)) && Lanes8.IsSupported;
        for (int k = 0; k < count;)
        {
            if (lanes && k + 8 <= count && NoDoublingIn(k))
            {
                if (typeof(TA) == typeof(G1Affine)) AddEightG1(Unsafe.As<G1Affine[]>(targets), k, MemoryMarshal.Cast<TF, Fp>(inverses));
                else AddEightG2(Unsafe.As<G2Affine[]>(targets), k, MemoryMarshal.Cast<TF, Fp2>(inverses));
                k += 8;
                continue;
            }
            Settle(targets, k, inverses[k]);
            k++;
        }
        _count = 0;
    }

    private void Settle(TA[] targets, int k, in TF inverse)
    {
        int entry = _entries[k];
        int index = entry & ~DoublingFlag;
        ref var target = ref targets[index];
        var (x, y) = (entry & DoublingFlag) != 0
            ? AffineFormulas<TF>.Double(target.X, target.Y, inverse)
            : AffineFormulas<TF>.Add(target.X, target.Y, _addends[k].X, _addends[k].Y, inverse);
        target = TA.FromCoordinates(x, y);
        _inBatch[index] = false;
    }

    private bool NoDoublingIn(int k)
    {
        var entries = _entries.AsSpan(k, 8);
        int any = 0;
        foreach (int e in entries) any |= e;
        return (any & DoublingFlag) == 0;
    }

    private void AddEightG1(G1Affine[] targets, int k, ReadOnlySpan<Fp> inverses)
    {
        var e = _entries.AsSpan(k, 8);
        AffineLanes.AddEight(ref targets[e[0]], ref targets[e[1]], ref targets[e[2]], ref targets[e[3]],
            ref targets[e[4]], ref targets[e[5]], ref targets[e[6]], ref targets[e[7]],
            Unsafe.As<G1Affine[]>(_addends).AsSpan(k, 8), inverses.Slice(k, 8));
        foreach (int index in e) _inBatch[index] = false;
    }

    private void AddEightG2(G2Affine[] targets, int k, ReadOnlySpan<Fp2> inverses)
    {
        var e = _entries.AsSpan(k, 8);
        AffineLanes.AddEight(ref targets[e[0]], ref targets[e[1]], ref targets[e[2]], ref targets[e[3]],
            ref targets[e[4]], ref targets[e[5]], ref targets[e[6]], ref targets[e[7]],
            Unsafe.As<G2Affine[]>(_addends).AsSpan(k, 8), inverses.Slice(k, 8));
        foreach (int index in e) _inBatch[index] = false;
    }
}
