using BenchmarkDotNet.Attributes;
using Rollup.Core.Fields;
using Rollup.Core.Fields.Lanes;
using Rollup.Prover.Curves;
using Rollup.Prover.Msm;

namespace Rollup.Bench;

/// <summary>
/// Pippenger MSMs of 2^16 and 2^20 terms on both cores: G1 and G2 with uniformly random scalars
/// (the H query's kind), and G1 with a circuit witness's mix of zeros, ones, 64-bit and full values
/// (the A, B and C queries' kind). Points per second = 2^LogSize / mean.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class MsmBenchmarks
{
    private G1Affine[] _g1 = null!;
    private G2Affine[] _g2 = null!;
    private Fr[] _random = null!;
    private Fr[] _witness = null!;

    [Params(16, 20)]
    public int LogSize { get; set; }

    /// <summary>True: the scalar code a machine without AVX-512 runs (the eight-lane kernels switched off).</summary>
    [Params(false, true)]
    public bool Scalar { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Lanes8.ForceScalar = Scalar;
        int n = 1 << LogSize;
        _g1 = SyntheticProverInputs.G1Points(n, 1);
        _g2 = SyntheticProverInputs.G2Points(n, 2);
        _random = SyntheticProverInputs.RandomScalars(n, 3);
        _witness = SyntheticProverInputs.WitnessLikeScalars(n, 4);
    }

    [Benchmark(Description = "G1 MSM, random scalars")]
    public G1 G1Random() => Pippenger.Compute(_g1, _random);

    [Benchmark(Description = "G1 MSM, witness-like scalars")]
    public G1 G1Witness() => Pippenger.Compute(_g1, _witness);

    [Benchmark(Description = "G2 MSM, random scalars")]
    public G2 G2Random() => Pippenger.Compute(_g2, _random);

    [GlobalCleanup]
    public void Cleanup() => Lanes8.ForceScalar = false;
}
