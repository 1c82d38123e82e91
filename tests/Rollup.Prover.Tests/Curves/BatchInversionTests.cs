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
}
