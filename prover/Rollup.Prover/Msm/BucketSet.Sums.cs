namespace Rollup.Prover.Msm;

internal sealed partial class BucketSet<TP, TA, TF>
{
    /// <summary>Σ (b + 1)·bucket_b over the window's buckets; empties them for the next window.</summary>
    public TP WeightedSum()
    {
        Drain();
        int segments = Segments(_used, _batch);
        var sum = segments == 0 ? JacobianWeightedSum() : SegmentedWeightedSum(segments);
        if (_jacobianUsed) sum = TP.Add(sum, CompanionWeightedSum());
        _jacobianUsed = false;
        return sum;
    }

    /// <summary>
    /// Σ_b ((b mod width) + 1)·bucket_b over copies × width buckets: a narrow window (the top one,
    /// with few digit values) spread over copies of its buckets, so that its additions batch as
    /// well as a full window's instead of each costing a Jacobian addition. The copies are summed
    /// into the first in log2(copies) batched rounds; empties the buckets.
    /// </summary>
    public TP WeightedSumOfCopies(int width, int copies)
    {
        Drain();
        if (_jacobianUsed)
        {
            for (int v = width; v < _used; v++)
            {
                ref var companion = ref _jacobian[v];
                if (companion.IsInfinity) continue;
                _jacobian[v % width] = TP.Add(_jacobian[v % width], companion);
                companion = TP.Infinity;
            }
        }
        for (int half = copies >> 1; half >= 1; half >>= 1)
        {
            for (int target = 0; target < half * width; target++)
            {
                ref var source = ref _buckets[target + half * width];
                if (source.IsInfinity) continue;
                // Each target once per round; a full batch is settled before more are queued.
                if (_count == _entries.Length) Flush(_buckets);
                Enqueue(_buckets, target, source);
                source = TA.Infinity;
            }
            Flush(_buckets);
        }
        _used = width;
        var sum = JacobianWeightedSum();
        if (_jacobianUsed) sum = TP.Add(sum, CompanionWeightedSum());
        _jacobianUsed = false;
        return sum;
    }

    /// <summary>Σ bucket_b; empties the buckets.</summary>
    public TP Sum()
    {
        Drain();
        var sum = TP.Infinity;
        for (int b = _used - 1; b >= 0; b--)
        {
            ref var affine = ref _buckets[b];
            if (affine.IsInfinity) continue;
            sum = TP.AddMixed(sum, affine);
            affine = TA.Infinity;
        }
        if (_jacobianUsed)
        {
            for (int b = _used - 1; b >= 0; b--)
            {
                ref var jacobian = ref _jacobian[b];
                if (jacobian.IsInfinity) continue;
                sum = TP.Add(sum, jacobian);
                jacobian = TP.Infinity;
            }
        }
        _jacobianUsed = false;
        return sum;
    }

    /// <summary>
    /// How many segments the batched reduction splits the buckets into, or 0 for the Jacobian
    /// running sum. L = used / T steps cost about 2·used affine additions plus L inversions,
    /// and combining T segments about 40·T multiplications: T near 4·√used balances an
    /// inversion of a few hundred multiplications. Each step batches 2T additions.
    /// </summary>
    private static int Segments(int used, int batch)
    {
        if (used < 256 || batch == 0 || !int.IsPow2(used)) return 0;
        int target = 1 << (int)Math.Round(Math.Log2(4 * Math.Sqrt(used)));
        int segments = Math.Min(target, batch / 2);
        return segments >= 16 ? segments : 0;
    }

    /// <summary>The textbook running sum from the top: bucket b is included in b + 1 partial sums.</summary>
    private TP JacobianWeightedSum()
    {
        var running = TP.Infinity;
        var sum = TP.Infinity;
        for (int b = _used - 1; b >= 0; b--)
        {
            ref var affine = ref _buckets[b];
            if (!affine.IsInfinity)
            {
                running = TP.AddMixed(running, affine);
                affine = TA.Infinity;
            }
            sum = TP.Add(sum, running);
        }
        return sum;
    }

    /// <summary>
    /// The running sum in affine coordinates, on T segments of L buckets at once so each step is
    /// one batch of 2T independent additions. Segment s (buckets sL .. sL + L − 1) yields its
    /// total T_s and S_s = Σ_j (j + 1)·bucket_(sL+j); then Σ (b + 1)·bucket_b = Σ_s S_s + L·Σ_s s·T_s,
    /// which takes T Jacobian steps and log2 L doublings.
    /// </summary>
    private TP SegmentedWeightedSum(int segments)
    {
        int length = _used / segments;
        var slots = _slots;
        // Slot s is segment s's running sum, slot T + s its sum of running sums.
        for (int j = length - 1; j >= 0; j--)
        {
            for (int s = 0; s < segments; s++)
            {
                // The running sum as it was before this step (the addend is copied when queued),
                // then this step's bucket into it; the final step's running sum is added below.
                if (!slots[s].IsInfinity) Enqueue(slots, segments + s, slots[s]);
                ref var bucket = ref _buckets[s * length + j];
                if (bucket.IsInfinity) continue;
                Enqueue(slots, s, bucket);
                bucket = TA.Infinity;
            }
            Flush(slots);
        }
        for (int s = 0; s < segments; s++)
            if (!slots[s].IsInfinity) Enqueue(slots, segments + s, slots[s]);
        Flush(slots);

        var partials = TP.Infinity;
        var running = TP.Infinity;
        var weighted = TP.Infinity;
        for (int s = segments - 1; s >= 0; s--)
        {
            partials = TP.AddMixed(partials, slots[segments + s]);
            weighted = TP.Add(weighted, running);
            running = TP.AddMixed(running, slots[s]);
            slots[s] = TA.Infinity;
            slots[segments + s] = TA.Infinity;
        }
        // weighted = Σ_s s·T_s: T_s is in the running sum for the s steps below it.
        for (int i = length; i > 1; i >>= 1) weighted = TP.Double(weighted);
        return TP.Add(partials, weighted);
    }

    /// <summary>
    /// Σ (b + 1)·companion_b for the Jacobian companions, which are few unless digits repeat:
    /// between two non-empty companions the running sum is constant, so it enters the sum once,
    /// times the gap.
    /// </summary>
    private TP CompanionWeightedSum()
    {
        var running = TP.Infinity;
        var sum = TP.Infinity;
        int last = -1;
        for (int b = _used - 1; b >= 0; b--)
        {
            ref var jacobian = ref _jacobian[b];
            if (jacobian.IsInfinity) continue;
            if (last >= 0) sum = TP.Add(sum, MultiplySmall(running, last - b));
            running = TP.Add(running, jacobian);
            jacobian = TP.Infinity;
            last = b;
        }
        return last < 0 ? sum : TP.Add(sum, MultiplySmall(running, last + 1));
    }

    /// <summary>[k]P for a small positive k, by double-and-add.</summary>
    private static TP MultiplySmall(in TP p, int k)
    {
        var acc = p;
        for (int bit = 30 - int.LeadingZeroCount(k); bit >= 0; bit--)
        {
            acc = TP.Double(acc);
            if (((k >> bit) & 1) != 0) acc = TP.Add(acc, p);
        }
        return acc;
    }
}
