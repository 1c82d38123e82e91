using Rollup.Core.Fields;
using Rollup.Prover.Curves;

namespace Rollup.Prover.Msm;

/// <summary>
/// Σ k_i·P_i over G1 by Pippenger's bucket method: split every scalar into c-bit digits; per
/// window, add each point into the bucket of its digit, then sum the buckets weighted by digit
/// with a running sum (2 additions per bucket); finally combine windows by c doublings each.
/// Windows are independent, so they run in parallel.
/// </summary>
public static class G1Msm
{
    public static G1 Compute(ReadOnlyMemory<G1Affine> points, ReadOnlySpan<Fr> scalars)
    {
        if (points.Length != scalars.Length) throw new ArgumentException($"{points.Length} points for {scalars.Length} scalars");
        if (points.Length == 0) return G1.Infinity;
        var k = ScalarWindows.Canonical(scalars);
        int c = ScalarWindows.WindowBits(k.Length);
        int windows = ScalarWindows.WindowCount(c);
        var sums = new G1[windows];
        if (k.Length < ScalarWindows.ParallelThreshold)
            for (int w = 0; w < windows; w++) sums[w] = Window(points.Span, k, w, c);
        else
            Parallel.For(0, windows, w => sums[w] = Window(points.Span, k, w, c));

        var acc = sums[windows - 1];
        for (int w = windows - 2; w >= 0; w--)
        {
            for (int i = 0; i < c; i++) acc = G1.Double(acc);
            acc = G1.Add(acc, sums[w]);
        }
        return acc;
    }

    private static G1 Window(ReadOnlySpan<G1Affine> points, UInt256[] k, int window, int c)
    {
        // Bucket d-1 collects the points whose digit is d; digit 0 contributes nothing.
        var buckets = new G1[(1 << c) - 1];
        buckets.AsSpan().Fill(G1.Infinity);
        for (int i = 0; i < k.Length; i++)
        {
            int d = ScalarWindows.Digit(k[i], window, c);
            if (d != 0) buckets[d - 1] = G1.AddMixed(buckets[d - 1], points[i]);
        }
        // Σ d·bucket_d as a running sum from the top: bucket d is included in d partial sums.
        var running = G1.Infinity;
        var sum = G1.Infinity;
        for (int d = buckets.Length - 1; d >= 0; d--)
        {
            running = G1.Add(running, buckets[d]);
            sum = G1.Add(sum, running);
        }
        return sum;
    }
}
