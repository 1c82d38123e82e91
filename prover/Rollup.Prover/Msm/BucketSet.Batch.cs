using Rollup.Prover.Curves;

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
        for (int k = 0; k < count; k++)
        {
            int entry = _entries[k];
            int index = entry & ~DoublingFlag;
            ref var target = ref targets[index];
            var (x, y) = (entry & DoublingFlag) != 0
                ? AffineFormulas<TF>.Double(target.X, target.Y, inverses[k])
                : AffineFormulas<TF>.Add(target.X, target.Y, _addends[k].X, _addends[k].Y, inverses[k]);
            target = TA.FromCoordinates(x, y);
            _inBatch[index] = false;
        }
        _count = 0;
    }
}
