using Rollup.Core.Fields.Lanes;
using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Fields;
using Rollup.Prover.Fields.Lanes;
using Rollup.Prover.Groth16;
using Rollup.Prover.Tests.Formats;
using Rollup.Prover.Msm;
using Rollup.Prover.Polynomials;
using Rollup.Prover.Tests.Msm;

namespace Rollup.Prover.Tests.Fields;

/// <summary>Tests that switch the lane kernels off for the whole process run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ScalarFallbackCollection
{
    public const string Name = "scalar fallback";
}

/// <summary>
/// On an AVX-512 machine the other tests exercise the lane kernels; these run the scalar code a
/// machine without AVX-512 would run, and require the same results from both.
/// </summary>
[Collection(ScalarFallbackCollection.Name)]
public class ScalarFallbackTests
{
    private static T Scalar<T>(Func<T> run)
    {
        Lanes8.ForceScalar = true;
        try
        {
            return run();
        }
        finally
        {
            Lanes8.ForceScalar = false;
        }
    }

    [Fact]
    public void Msm_without_lanes_matches_the_known_log_sum_and_the_lane_result()
    {
        var (g1, logs1) = MsmTerms.G1(3000, 21);
        var (g2, logs2) = MsmTerms.G2(1500, 22);
        var s1 = MsmTerms.Scalars(3000, 23);
        var s2 = MsmTerms.Scalars(1500, 24);
        var scalar1 = Scalar(() => Pippenger.Compute(g1, s1));
        var scalar2 = Scalar(() => Pippenger.Compute(g2, s2));
        Assert.Equal(G1.Generator * MsmTerms.Dot(s1, logs1), scalar1);
        Assert.Equal(G2.Generator * MsmTerms.Dot(s2, logs2), scalar2);
        Assert.Equal(scalar1, Pippenger.Compute(g1, s1));
        Assert.Equal(scalar2, Pippenger.Compute(g2, s2));
    }

    [Fact]
    public void Ntt_and_batch_inversion_without_lanes_equal_the_lane_results()
    {
        var values = MsmTerms.Scalars(1 << 11, 25);
        var withLanes = (Fr[])values.Clone();
        Ntt.ToCoset(withLanes, Ntt.RootOfUnity(12));
        var withoutLanes = Scalar(() =>
        {
            var copy = (Fr[])values.Clone();
            Ntt.ToCoset(copy, Ntt.RootOfUnity(12));
            return copy;
        });
        Assert.Equal(withoutLanes, withLanes);

        var fp = new Fp[200];
        for (int i = 0; i < fp.Length; i++) fp[i] = Fp.FromUInt64((ulong)i * 7919 + 3) * Fp.FromUInt64(ulong.MaxValue - (ulong)i);
        var laneInverses = (Fp[])fp.Clone();
        BatchInversion.Invert<Fp>(laneInverses, new Fp[fp.Length]);
        var scalarInverses = Scalar(() =>
        {
            var copy = (Fp[])fp.Clone();
            BatchInversion.Invert<Fp>(copy, new Fp[fp.Length]);
            return copy;
        });
        Assert.Equal(scalarInverses, laneInverses);
        for (int i = 0; i < fp.Length; i++) Assert.Equal(Fp.One, fp[i] * laneInverses[i]);
    }

    [Fact]
    public void Groth16_proof_without_lanes_equals_the_lane_proof_for_the_same_blinding()
    {
        var key = G16Zkey.Key;
        var r = Fr.FromUInt64(12345);
        var t = Fr.FromUInt64(67890);
        var withLanes = Groth16Prover.Prove(key, G16Vectors.Witness, r, t);
        var withoutLanes = Scalar(() => Groth16Prover.Prove(key, G16Vectors.Witness, r, t));
        Assert.Equal(withoutLanes, withLanes);
        Assert.Equal(VerificationFailure.None, Groth16Verifier.Verify(key.ToVerifyingKey(), withoutLanes, Groth16Prover.PublicSignals(key, G16Vectors.Witness)));
    }
}
