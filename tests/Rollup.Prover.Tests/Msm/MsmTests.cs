using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Msm;

namespace Rollup.Prover.Tests.Msm;

public class MsmTests
{
    private static Fr[] Scalars(int n, int seed) => MsmTerms.Scalars(n, seed);

    private static G1Affine[] G1Points(int n, int seed)
    {
        var scalars = Scalars(n, seed);
        var result = new G1Affine[n];
        for (int i = 0; i < n; i++) result[i] = G1.Multiply(G1.Generator, scalars[i] + Fr.FromUInt64(2)).ToAffine();
        // Infinity and a repeated point (its bucket addition must fall back to doubling).
        if (n > 3) result[3] = G1Affine.Infinity;
        if (n > 5) result[5] = result[6 % n];
        return result;
    }

    private static G2Affine[] G2Points(int n, int seed)
    {
        var scalars = Scalars(n, seed);
        var result = new G2Affine[n];
        for (int i = 0; i < n; i++) result[i] = G2.Multiply(G2.Generator, scalars[i] + Fr.FromUInt64(2)).ToAffine();
        if (n > 3) result[3] = G2Affine.Infinity;
        if (n > 5) result[5] = result[6 % n];
        return result;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(33)]
    [InlineData(130)]
    public void G1_matches_the_naive_sum(int n)
    {
        var points = G1Points(n, n);
        var scalars = Scalars(n, 1000 + n);
        var expected = G1.Infinity;
        for (int i = 0; i < n; i++) expected += G1.Multiply(points[i].ToJacobian(), scalars[i]);
        Assert.Equal(expected, Pippenger.Compute(points, scalars));
    }

    [Fact]
    public void G1_same_point_in_every_slot_is_the_scalar_sum_times_the_point()
    {
        // All additions in a bucket hit the same point: the doubling path of AddMixed.
        const int n = 100;
        var points = new G1Affine[n];
        Array.Fill(points, G1Affine.Generator);
        var scalars = Scalars(n, 5);
        var total = Fr.Zero;
        foreach (var s in scalars) total += s;
        Assert.Equal(G1.Multiply(G1.Generator, total), Pippenger.Compute(points, scalars));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(70)]
    public void G2_matches_the_naive_sum(int n)
    {
        var points = G2Points(n, n);
        var scalars = Scalars(n, 2000 + n);
        var expected = G2.Infinity;
        for (int i = 0; i < n; i++) expected += G2.Multiply(points[i].ToJacobian(), scalars[i]);
        Assert.Equal(expected, Pippenger.Compute(points, scalars));
    }

    [Fact]
    public void Mismatched_lengths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Pippenger.Compute(new G1Affine[2], new Fr[1]));
        Assert.Throws<ArgumentException>(() => Pippenger.Compute(new G2Affine[1], new Fr[2]));
    }
}
