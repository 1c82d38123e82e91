namespace Rollup.Prover.Msm;

internal sealed partial class BucketSet<TP, TA, TF>
{
    /// <summary>
    /// Σ (b + 1)·bucket_b, as a running sum from the top (bucket b is included in b + 1 partial
    /// sums); empties the buckets for the next window.
    /// </summary>
    public TP WeightedSum()
    {
        Drain();
        var running = TP.Infinity;
        var sum = TP.Infinity;
        for (int b = _used - 1; b >= 0; b--)
        {
            running = Take(running, b);
            sum = TP.Add(sum, running);
        }
        _jacobianUsed = false;
        return sum;
    }

    /// <summary>Σ bucket_b; empties the buckets.</summary>
    public TP Sum()
    {
        Drain();
        var sum = TP.Infinity;
        for (int b = _used - 1; b >= 0; b--) sum = Take(sum, b);
        _jacobianUsed = false;
        return sum;
    }

    /// <summary>acc + bucket b (both of its halves), leaving the bucket empty.</summary>
    private TP Take(TP acc, int b)
    {
        ref var affine = ref _buckets[b];
        if (!affine.IsInfinity)
        {
            acc = TP.AddMixed(acc, affine);
            affine = TA.Infinity;
        }
        if (_jacobianUsed)
        {
            ref var jacobian = ref _jacobian[b];
            if (!jacobian.IsInfinity)
            {
                acc = TP.Add(acc, jacobian);
                jacobian = TP.Infinity;
            }
        }
        return acc;
    }
}
