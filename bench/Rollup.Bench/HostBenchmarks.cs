using BenchmarkDotNet.Attributes;

namespace Rollup.Bench;

/// <summary>
/// A probe of the host's effective clock, run beside the other benchmarks: the VMs of this
/// machine kind land on hosts that differ by about 2x in clock, so every recorded figure comes
/// with this one to say which kind of host produced it. One dependent add per iteration is one
/// cycle on every x64 core, so the time per iteration is the cycle time.
/// </summary>
[ShortRunJob]
public class HostBenchmarks
{
    private const int Iterations = 100_000_000;
    private ulong _seed = 1;

    [Benchmark(Description = "Host clock probe (dependent add)", OperationsPerInvoke = Iterations)]
    public ulong DependentAdds()
    {
        ulong x = _seed;
        for (long i = 0; i < Iterations; i++) x += (ulong)i;
        return x;
    }
}
