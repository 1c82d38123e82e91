using BenchmarkDotNet.Attributes;
using Rollup.Core.Fields;
using Rollup.Prover.Groth16;
using Rollup.Prover.Polynomials;

namespace Rollup.Bench;

/// <summary>
/// The Groth16 prover on a synthetic key (random query points and coefficients, see
/// <see cref="SyntheticProverInputs.Key"/>) with a witness-like assignment, and the coset move
/// of one evaluation vector (inverse NTT, scaling, forward NTT), three of which a proof makes.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class ProverBenchmarks
{
    private ProvingKey _key = null!;
    private Fr[] _witness = null!;
    private Fr[] _evaluations = null!;
    private Fr[] _work = null!;

    [Params(16, 20)]
    public int LogSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _key = SyntheticProverInputs.Key(1 << LogSize, 5);
        _witness = SyntheticProverInputs.WitnessLikeScalars(_key.VariableCount, 6);
        _evaluations = SyntheticProverInputs.RandomScalars(1 << LogSize, 7);
        _work = new Fr[_evaluations.Length];
    }

    [Benchmark(Description = "Groth16 prove, synthetic key")]
    public Proof Prove() => Groth16Prover.Prove(_key, _witness, Fr.FromUInt64(3), Fr.FromUInt64(4));

    [Benchmark(Description = "NTT to coset (inverse, scale, forward)")]
    public Fr ToCoset()
    {
        _evaluations.CopyTo(_work, 0);
        Ntt.ToCoset(_work, Ntt.RootOfUnity(LogSize + 1));
        return _work[1];
    }
}
