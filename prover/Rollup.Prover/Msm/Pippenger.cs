using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Fields;

namespace Rollup.Prover.Msm;

/// <summary>
/// Σ k_i·P_i by Pippenger's bucket method, for G1 and G2 alike. Zero scalars and points at
/// infinity are dropped and scalars equal to one are summed on their own (circuit witnesses are
/// full of bits and flags); the rest are split into signed c-bit digits. Per window, each point
/// goes into the bucket of its digit's magnitude, negated for a negative digit, by batched
/// affine additions that share one inversion per batch (<see cref="BucketSet{TP,TA,TF}"/>); the
/// buckets are then weighed by running sums, batched the same way, and the windows are combined
/// by c doublings each. Windows (and the sum of the ones) are independent jobs spread over the
/// cores, each worker owning one set of buckets.
/// </summary>
public static class Pippenger
{
    public static G1 Compute(ReadOnlyMemory<G1Affine> points, ReadOnlySpan<Fr> scalars) => Compute<G1, G1Affine, Fp>(points, scalars, null);

    public static G2 Compute(ReadOnlyMemory<G2Affine> points, ReadOnlySpan<Fr> scalars) => Compute<G2, G2Affine, Fp2>(points, scalars, null);

    /// <summary>With a fixed window width, so tests reach the batched path with few points.</summary>
    internal static G1 Compute(ReadOnlyMemory<G1Affine> points, ReadOnlySpan<Fr> scalars, int windowBits) => Compute<G1, G1Affine, Fp>(points, scalars, windowBits);

    internal static G2 Compute(ReadOnlyMemory<G2Affine> points, ReadOnlySpan<Fr> scalars, int windowBits) => Compute<G2, G2Affine, Fp2>(points, scalars, windowBits);

    // Below this many points the hand-off to other threads costs more than the work it spreads.
    private const int ParallelThreshold = 256;

    private static TP Compute<TP, TA, TF>(ReadOnlyMemory<TA> points, ReadOnlySpan<Fr> scalars, int? windowBits)
        where TP : struct, IJacobianPoint<TP, TA>
        where TA : struct, IAffinePoint<TA, TF>
        where TF : struct, IFieldElement<TF>
    {
        if (points.Length != scalars.Length) throw new ArgumentException($"{points.Length} points for {scalars.Length} scalars");
        var split = ScalarSplit.Of<TA, TF>(points.Span, scalars);
        int m = split.Others.Length;
        if (m == 0 && split.Ones.Length == 0) return TP.Infinity;

        int c = windowBits ?? ScalarWindows.WindowBits(m);
        int windows = m == 0 ? 0 : ScalarWindows.WindowCount(c);
        bool parallel = m + split.Ones.Length >= ParallelThreshold;
        var digits = m == 0 ? [] : ScalarWindows.SignedDigits(scalars, split.Others, c, parallel);
        // The ones are spread round-robin over buckets too; enough of them for full batches.
        int buckets = Math.Max(ScalarWindows.BucketCount(c), Math.Min(split.Ones.Length, 4 * BucketSet<TP, TA, TF>.MaxBatch));

        // Job w < windows is window w; the last job, if any, sums the points whose scalar is one.
        int jobs = windows + (split.Ones.Length > 0 ? 1 : 0);
        var results = new TP[jobs];
        void Run(int job, BucketSet<TP, TA, TF> set)
        {
            var span = points.Span;
            results[job] = job < windows
                ? Window(set, span, split.Others, digits.AsSpan(job * m, m), ScalarWindows.MaxDigit(job, c), ScalarWindows.BucketCount(c))
                : SumOnes(set, span, split.Ones);
        }
        // Each worker owns a bucket set and takes the next job when done with one; the costly
        // windows come first and the sum of the ones, a fraction of a window, last.
        int workers = parallel ? Math.Min(Environment.ProcessorCount, jobs) : 1;
        int next = -1;
        void Work()
        {
            var set = new BucketSet<TP, TA, TF>(buckets);
            for (int job; (job = Interlocked.Increment(ref next)) < jobs;) Run(job, set);
        }
        if (workers == 1) Work();
        else Parallel.For(0, workers, _ => Work());

        var acc = TP.Infinity;
        for (int w = windows - 1; w >= 0; w--)
        {
            if (w < windows - 1)
                for (int i = 0; i < c; i++) acc = TP.Double(acc);
            acc = TP.Add(acc, results[w]);
        }
        return windows < jobs ? TP.Add(acc, results[windows]) : acc;
    }

    private static TP Window<TP, TA, TF>(BucketSet<TP, TA, TF> set, ReadOnlySpan<TA> points, int[] indices, ReadOnlySpan<short> digits, int maxDigit, int fullWindow)
        where TP : struct, IJacobianPoint<TP, TA>
        where TA : struct, IAffinePoint<TA, TF>
        where TF : struct, IFieldElement<TF>
    {
        // A window with too few buckets to batch (the top one) spreads its points over copies of
        // its buckets, as many as a full window has, point j into copy j mod copies.
        int copies = 1;
        if (BucketSet<TP, TA, TF>.BatchSize(maxDigit) == 0 && digits.Length >= 2 * fullWindow)
            while (copies * 2 * maxDigit <= Math.Min(fullWindow, set.Capacity)) copies *= 2;
        if (copies > 1 && BucketSet<TP, TA, TF>.BatchSize(copies * maxDigit) == 0) copies = 1;
        set.Start(copies * maxDigit);
        int copyMask = copies - 1;
        for (int j = 0; j < digits.Length; j++)
        {
            int d = digits[j];
            if (d == 0) continue;
            ref readonly var p = ref points[indices[j]];
            int offset = (j & copyMask) * maxDigit;
            if (d > 0) set.Add(offset + d - 1, p);
            else set.Add(offset - d - 1, TA.Negate(p));
        }
        return copies > 1 ? set.WeightedSumOfCopies(maxDigit, copies) : set.WeightedSum();
    }

    private static TP SumOnes<TP, TA, TF>(BucketSet<TP, TA, TF> set, ReadOnlySpan<TA> points, int[] indices)
        where TP : struct, IJacobianPoint<TP, TA>
        where TA : struct, IAffinePoint<TA, TF>
        where TF : struct, IFieldElement<TF>
    {
        // Round-robin over the buckets: a batch never meets the same bucket twice.
        int used = Math.Min(set.Capacity, indices.Length);
        set.Start(used);
        for (int j = 0; j < indices.Length; j++) set.Add(j % used, points[indices[j]]);
        return set.Sum();
    }
}
