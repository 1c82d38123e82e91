using BenchmarkDotNet.Attributes;
using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Bench;

/// <summary>Poseidon throughput on one core: the hash behind every tree node and signed message.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class HashingBenchmarks
{
    private Fr _a = Fr.Parse("12345678901234567890");
    private Fr _b = Fr.Parse("98765432109876543210");
    private readonly Fr[] _five = [1, 2, 3, 4, 5];
    private readonly Fr[] _seven = [1, 2, 3, 4, 5, 6, 7];

    [Benchmark(Description = "Poseidon(2)", OperationsPerInvoke = 1_000)]
    public Fr Poseidon2()
    {
        var x = _a;
        for (int i = 0; i < 1_000; i++) x = Poseidon.Hash(x, _b);
        return x;
    }

    [Benchmark(Description = "Poseidon(5) (EdDSA challenge)")]
    public Fr Poseidon5() => Poseidon.Hash(_five);

    [Benchmark(Description = "Poseidon(7) (account leaf)")]
    public Fr Poseidon7() => Poseidon.Hash(_seven);

    [Benchmark(Description = "Fr multiply", OperationsPerInvoke = 10_000)]
    public Fr Multiply()
    {
        var x = _a;
        for (int i = 0; i < 10_000; i++) x *= _b;
        return x;
    }
}
