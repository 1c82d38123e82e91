using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Msm;

namespace Rollup.Prover.Tests.Msm;

/// <summary>
/// The batched affine bucket path. With 10-bit windows there are 512 buckets per window and
/// batches of 128 additions, so a few hundred points already cross batch boundaries, collide
/// in buckets and wait for the next batch.
/// </summary>
public class BatchedMsmTests
{
    private const int WindowBits = 10;

    [Theory]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(129)]
    [InlineData(257)]
    [InlineData(1500)]
    public void G1_matches_the_known_log_sum_across_batch_boundaries(int n)
    {
        var (points, logs) = MsmTerms.G1(n, n);
        var scalars = MsmTerms.Scalars(n, 3000 + n);
        Assert.Equal(G1.Generator * MsmTerms.Dot(scalars, logs), Pippenger.Compute(points, scalars, WindowBits));
    }

    [Theory]
    [InlineData(129)]
    [InlineData(600)]
    public void G2_matches_the_known_log_sum_across_batch_boundaries(int n)
    {
        var (points, logs) = MsmTerms.G2(n, n);
        var scalars = MsmTerms.Scalars(n, 4000 + n);
        Assert.Equal(G2.Generator * MsmTerms.Dot(scalars, logs), Pippenger.Compute(points, scalars, WindowBits));
    }

    [Fact]
    public void G1_default_window_for_5000_points_is_batched_and_matches_the_known_log_sum()
    {
        // 5000 points choose 10-bit windows: 512 buckets, batches of 128, a segmented reduction.
        var (points, logs) = MsmTerms.G1(5000, 11);
        var scalars = MsmTerms.Scalars(5000, 12);
        Assert.Equal(G1.Generator * MsmTerms.Dot(scalars, logs), Pippenger.Compute(points, scalars));
    }

    [Fact]
    public void G2_default_window_for_3000_points_is_batched_and_matches_the_known_log_sum()
    {
        // 3000 points choose 9-bit windows: 256 buckets, batches of 64, a segmented reduction.
        var (points, logs) = MsmTerms.G2(3000, 13);
        var scalars = MsmTerms.Scalars(3000, 14);
        Assert.Equal(G2.Generator * MsmTerms.Dot(scalars, logs), Pippenger.Compute(points, scalars));
    }

    [Fact]
    public void Identical_points_double_inside_batches()
    {
        // Every addition meets its own point in the bucket (tangent slope) or a busy bucket.
        const int n = 700;
        var points = new G1Affine[n];
        Array.Fill(points, G1Affine.Generator);
        var scalars = MsmTerms.Scalars(n, 5);
        var total = Fr.Zero;
        foreach (var s in scalars) total += s;
        Assert.Equal(G1.Generator * total, Pippenger.Compute(points, scalars, WindowBits));
    }

    [Fact]
    public void Identical_G2_points_double_inside_batches()
    {
        const int n = 300;
        var points = new G2Affine[n];
        Array.Fill(points, G2Affine.Generator);
        var scalars = MsmTerms.Scalars(n, 6);
        var total = Fr.Zero;
        foreach (var s in scalars) total += s;
        Assert.Equal(G2.Generator * total, Pippenger.Compute(points, scalars, WindowBits));
    }

    [Fact]
    public void Opposite_points_with_equal_scalars_cancel_to_infinity()
    {
        // P and −P with the same scalar land in the same bucket with opposite y: the bucket empties.
        const int pairs = 300;
        var (half, _) = MsmTerms.G1(pairs, 21);
        var halfScalars = MsmTerms.Scalars(pairs, 22);
        var points = new G1Affine[2 * pairs];
        var scalars = new Fr[2 * pairs];
        for (int i = 0; i < pairs; i++)
        {
            points[2 * i] = half[i];
            points[2 * i + 1] = -half[i];
            scalars[2 * i] = scalars[2 * i + 1] = halfScalars[i];
        }
        Assert.True(Pippenger.Compute(points, scalars, WindowBits).IsInfinity);
        Assert.True(Pippenger.Compute(points, scalars).IsInfinity);
    }

    [Fact]
    public void Opposite_points_cancel_and_leave_the_other_terms()
    {
        const int n = 900;
        var (points, logs) = MsmTerms.G1(n, 31);
        var scalars = MsmTerms.Scalars(n, 32);
        // Every third point is the negation of the one before, with the same scalar.
        for (int i = 1; i < n; i += 3)
        {
            points[i] = -points[i - 1];
            logs[i] = -logs[i - 1];
            scalars[i] = scalars[i - 1];
        }
        Assert.Equal(G1.Generator * MsmTerms.Dot(scalars, logs), Pippenger.Compute(points, scalars, WindowBits));
    }

    [Fact]
    public void Infinity_points_zero_scalars_and_ones_mix()
    {
        const int n = 1000;
        var (points, logs) = MsmTerms.G1(n, 41);
        var scalars = MsmTerms.Scalars(n, 42);
        for (int i = 0; i < n; i += 7)
        {
            points[i] = G1Affine.Infinity;
            logs[i] = Fr.Zero;
        }
        for (int i = 3; i < n; i += 5) scalars[i] = Fr.One;
        for (int i = 4; i < n; i += 11) scalars[i] = Fr.Zero;
        for (int i = 6; i < n; i += 13) scalars[i] = -Fr.One;
        var expected = G1.Generator * MsmTerms.Dot(scalars, logs);
        Assert.Equal(expected, Pippenger.Compute(points, scalars, WindowBits));
        Assert.Equal(expected, Pippenger.Compute(points, scalars));
    }

    [Fact]
    public void Scalars_all_one_sum_the_points()
    {
        const int n = 1200;
        var (points, logs) = MsmTerms.G1(n, 51);
        var scalars = new Fr[n];
        Array.Fill(scalars, Fr.One);
        var sum = Fr.Zero;
        foreach (var a in logs) sum += a;
        Assert.Equal(G1.Generator * sum, Pippenger.Compute(points, scalars, WindowBits));
        Assert.Equal(G1.Generator * sum, Pippenger.Compute(points, scalars));
    }

    [Fact]
    public void Scalars_all_r_minus_one_negate_the_point_sum()
    {
        const int n = 400;
        var (points, logs) = MsmTerms.G2(n, 61);
        var scalars = new Fr[n];
        Array.Fill(scalars, -Fr.One);
        var sum = Fr.Zero;
        foreach (var a in logs) sum += a;
        Assert.Equal(-(G2.Generator * sum), Pippenger.Compute(points, scalars, WindowBits));
    }

    [Fact]
    public void Only_infinity_points_give_infinity()
    {
        var points = new G1Affine[300];
        Array.Fill(points, G1Affine.Infinity);
        Assert.True(Pippenger.Compute(points, MsmTerms.Scalars(300, 71), WindowBits).IsInfinity);
    }

    [Fact]
    public void Top_window_spread_over_bucket_copies_matches_the_known_log_sum_even_when_every_digit_repeats()
    {
        // 4,096 points: c = 10, so the top window has 16 digit values and runs on 32 copies of
        // its buckets. One scalar for all points puts every point of a window in the same bucket:
        // batches collide, additions wait and fall back to the Jacobian companions, which the
        // copies must bring along.
        int n = 4096;
        var (points, logs) = MsmTerms.G1(n, 31);
        var scalars = new Fr[n];
        Array.Fill(scalars, -Fr.FromUInt64(12345));
        var expected = G1.Generator * MsmTerms.Dot(scalars, logs);
        Assert.Equal(expected, Pippenger.Compute(points, scalars));

        var random = MsmTerms.Scalars(n, 32);
        Assert.Equal(G1.Generator * MsmTerms.Dot(random, logs), Pippenger.Compute(points, random));
    }
}
