using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Rollup.Core.Fields;
using Rollup.Prover.Formats;
using Rollup.Prover.Groth16;
using Rollup.Prover.Groth16.Setup;
using Rollup.Prover.R1cs;

namespace Rollup.Bench;

/// <summary>
/// The INSECURE development setup and one phase-2 contribution for a chain of 2^k − 3
/// multiplications (domain 2^k). Each run takes seconds, so a few single invocations suffice.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class Groth16SetupBenchmarks
{
    private R1csFile _r1cs = null!;
    private ProvingKey _initial = null!;

    [Params(16)]
    public int Log2Constraints { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var cs = new ConstraintSystem();
        var x = cs.AllocatePublic(Fr.FromUInt64(3));
        for (int i = 0; i < (1 << Log2Constraints) - 3; i++)
            x = cs.Multiply(x, x + Fr.FromUInt64((ulong)i));
        _r1cs = cs.ToR1csFile();
        _initial = Groth16Setup.InsecureDevelopmentSetup(_r1cs);
    }

    [Benchmark(Description = "Groth16 dev setup")]
    public ProvingKey DevelopmentSetup() => Groth16Setup.InsecureDevelopmentSetup(_r1cs);

    [Benchmark(Description = "phase-2 contribution")]
    public ProvingKey Contribute() => Phase2.Contribute(_initial);
}
