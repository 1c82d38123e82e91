using Rollup.Core.Fields;
using Rollup.Prover.Curves;

namespace Rollup.Prover.Msm;

/// <summary>
/// Σ k_i·P_i by Pippenger's bucket method, for G1 and G2 alike: split every scalar into c-bit
/// digits; per window, add each point into the bucket of its digit, then sum the buckets
/// weighted by digit with a running sum (2 additions per bucket); finally combine windows by
/// c doublings each. Windows are independent, so they run in parallel.
/// </summary>
public static class Pippenger
{
    public static G1 Compute(ReadOnlyMemory<G1Affine> points, ReadOnlySpan<Fr> scalars) => Compute<G1, G1Affine>(points, scalars);

    public static G2 Compute(ReadOnlyMemory<G2Affine> points, ReadOnlySpan<Fr> scalars) => Compute<G2, G2Affine>(points, scalars);

    private static TP Compute<TP, TA>(ReadOnlyMemory<TA> points, ReadOnlySpan<Fr> scalars)
        where TP : struct, IJacobianPoint<TP, TA>
        where TA : struct
    {
        if (points.Length != scalars.Length) throw new ArgumentException($"{points.Length} points for {scalars.Length} scalars");
        if (points.Length == 0) return TP.Infinity;
        var k = ScalarWindows.Canonical(scalars);
        int c = ScalarWindows.WindowBits(k.Length);
        int windows = ScalarWindows.WindowCount(c);
        var sums = new TP[windows];
        if (k.Length < ScalarWindows.ParallelThreshold)
            for (int w = 0; w < windows; w++) sums[w] = Window<TP, TA>(points.Span, k, w, c);
        else
            Parallel.For(0, windows, w => sums[w] = Window<TP, TA>(points.Span, k, w, c));

        var acc = sums[windows - 1];
        for (int w = windows - 2; w >= 0; w--)
        {
            for (int i = 0; i < c; i++) acc = TP.Double(acc);
            acc = TP.Add(acc, sums[w]);
        }
        return acc;
    }

    private static TP Window<TP, TA>(ReadOnlySpan<TA> points, UInt256[] k, int window, int c)
        where TP : struct, IJacobianPoint<TP, TA>
        where TA : struct
    {
        // Bucket d-1 collects the points whose digit is d; digit 0 contributes nothing.
        var buckets = new TP[(1 << c) - 1];
        buckets.AsSpan().Fill(TP.Infinity);
        for (int i = 0; i < k.Length; i++)
        {
            int d = ScalarWindows.Digit(k[i], window, c);
            if (d != 0) buckets[d - 1] = TP.AddMixed(buckets[d - 1], points[i]);
        }
        // Σ d·bucket_d as a running sum from the top: bucket d is included in d partial sums.
        var running = TP.Infinity;
        var sum = TP.Infinity;
        for (int d = buckets.Length - 1; d >= 0; d--)
        {
            running = TP.Add(running, buckets[d]);
            sum = TP.Add(sum, running);
        }
        return sum;
    }
}
