using Rollup.Prover.Curves;
using Rollup.Prover.Fields;

namespace Rollup.Prover.Tests.Curves;

public class BatchInversionTests
{
    private static Fp RandomFp(Random rng) => Fp.FromUInt64((ulong)rng.NextInt64()) * Fp.FromUInt64((ulong)rng.NextInt64()) + Fp.One;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(37)]
    public void Fp_batch_inverses_multiply_back_to_one(int n)
    {
        var rng = new Random(n);
        var values = new Fp[n];
        for (int i = 0; i < n; i++) values[i] = RandomFp(rng);
        var inverses = (Fp[])values.Clone();
        BatchInversion.Invert<Fp>(inverses, new Fp[n]);
        for (int i = 0; i < n; i++) Assert.Equal(Fp.One, values[i] * inverses[i]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(29)]
    public void Fp2_inverses_through_the_norm_equal_direct_inverses(int n)
    {
        var rng = new Random(100 + n);
        var values = new Fp2[n];
        for (int i = 0; i < n; i++) values[i] = new Fp2(RandomFp(rng), RandomFp(rng));
        // A purely real and a purely imaginary element: norms a0² and a1².
        values[0] = new Fp2(RandomFp(rng), Fp.Zero);
        if (n > 1) values[1] = new Fp2(Fp.Zero, RandomFp(rng));
        var inverses = (Fp2[])values.Clone();
        BatchInversion.InvertViaNorm(inverses, new Fp2[n]);
        for (int i = 0; i < n; i++) Assert.Equal(Fp2.Inverse(values[i]), inverses[i]);
    }

    [Theory]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(39)]
    [InlineData(64)]
    [InlineData(101)]
    [InlineData(2048)]
    public void Fp_batch_inverses_equal_single_inverses_with_zeros_kept(int n)
    {
        // From 32 values on, with room for a padded last group, the eight-lane path runs on AVX-512 machines.
        var rng = new Random(200 + n);
        var values = new Fp[n];
        for (int i = 0; i < n; i++) values[i] = RandomFp(rng);
        values[0] = Fp.Zero;
        values[n / 2] = Fp.Zero;
        values[n - 1] = Fp.Zero;
        values[n - 2] = -Fp.One;
        var inverses = (Fp[])values.Clone();
        BatchInversion.Invert<Fp>(inverses, new Fp[(n + 7) & ~7]);
        for (int i = 0; i < n; i++) Assert.Equal(values[i].IsZero ? Fp.Zero : Fp.Inverse(values[i]), inverses[i]);
    }

    [Theory]
    [InlineData(64)]
    [InlineData(77)]
    public void Fp2_inverses_through_the_norm_equal_direct_inverses_for_lane_sized_batches(int n)
    {
        var rng = new Random(300 + n);
        var values = new Fp2[n];
        for (int i = 0; i < n; i++) values[i] = new Fp2(RandomFp(rng), RandomFp(rng));
        var inverses = (Fp2[])values.Clone();
        BatchInversion.InvertViaNorm(inverses, new Fp2[n]);
        for (int i = 0; i < n; i++) Assert.Equal(Fp2.Inverse(values[i]), inverses[i]);
    }
}
