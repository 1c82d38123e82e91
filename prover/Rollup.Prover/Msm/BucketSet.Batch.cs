using Rollup.Prover.Curves;

namespace Rollup.Prover.Msm;

internal sealed partial class BucketSet<TP, TA, TF>
{
    /// <summary>
    /// Queues targets[index] += point, or settles it at once when no slope is needed (an empty
    /// target, or P + (−P)). An index may be queued once per batch; the buckets and the
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
            if (!target.Y.Equals(point.Y))
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

    /// <summary>Performs the queued additions into targets with one inversion (Montgomery's trick).</summary>
    private void Flush(TA[] targets)
    {
        int count = _count;
        if (count == 0) return;
        var product = TF.One;
        for (int k = 0; k < count; k++)
        {
            _prefix[k] = product;
            product = TF.Mul(product, _denominators[k]);
        }
        var inverse = TF.Inverse(product);
        for (int k = count - 1; k >= 0; k--)
        {
            var inverseK = TF.Mul(inverse, _prefix[k]);
            inverse = TF.Mul(inverse, _denominators[k]);
            int entry = _entries[k];
            int index = entry & ~DoublingFlag;
            ref var target = ref targets[index];
            var (x, y) = (entry & DoublingFlag) != 0
                ? AffineFormulas<TF>.Double(target.X, target.Y, inverseK)
                : AffineFormulas<TF>.Add(target.X, target.Y, _addends[k].X, _addends[k].Y, inverseK);
            target = TA.FromCoordinates(x, y);
            _inBatch[index] = false;
        }
        _count = 0;
    }
}
