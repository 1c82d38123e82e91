using BenchmarkDotNet.Attributes;
using Rollup.Core.Fields;
using Rollup.Core.Fields.Lanes;
using Rollup.Core.Hashing;

namespace Rollup.Bench;

/// <summary>
/// The eight-lane AVX-512 kernels against their scalar counterparts, on one core: independent
/// Montgomery products, and Poseidon over many independent inputs (a tree level, a batch of leaves).
/// </summary>
[ShortRunJob]
public class LaneBenchmarks
{
    private const int Hashes = 1024;
    private const int Products = 8_000;

    private readonly Fr[] _pairs = new Fr[2 * Hashes];
    private readonly Fr[] _fives = new Fr[5 * Hashes];
    private readonly Fr[] _digests = new Fr[Hashes];
    private readonly Fr[] _values = new Fr[16];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(1);
        var bytes = new byte[32];
        Fr Next()
        {
            rng.NextBytes(bytes);
            return Fr.FromBytesReduced(bytes);
        }
        for (int i = 0; i < _pairs.Length; i++) _pairs[i] = Next();
        for (int i = 0; i < _fives.Length; i++) _fives[i] = Next();
        for (int i = 0; i < _values.Length; i++) _values[i] = Next();
    }

    [Benchmark(Description = "Fr multiply, 2 independent chains, scalar", OperationsPerInvoke = Products)]
    public Fr ScalarProducts()
    {
        var x = _values[0];
        var y = _values[1];
        for (int i = 0; i < Products / 2; i++)
        {
            x *= _values[2];
            y *= _values[3];
        }
        return x + y;
    }

    [Benchmark(Description = "Fr multiply, 2 x 8 lanes, AVX-512", OperationsPerInvoke = Products)]
    public Lanes8 LaneProducts()
    {
        Lanes8.Load<Fr>(_values.AsSpan(0, 8), out var x);
        Lanes8.Load<Fr>(_values.AsSpan(8, 8), out var y);
        Lanes8.Load<Fr>(_values.AsSpan(0, 8), out var factor);
        for (int i = 0; i < Products / 16; i++)
        {
            Montgomery8<FrModulus>.Mul(x, factor, out x);
            Montgomery8<FrModulus>.Mul(y, factor, out y);
        }
        Montgomery8<FrModulus>.Add(x, y, out x);
        return x;
    }

    [Benchmark(Description = "Poseidon(2) x 1024, one by one", OperationsPerInvoke = Hashes)]
    public Fr Poseidon2OneByOne()
    {
        for (int k = 0; k < Hashes; k++) _digests[k] = Poseidon.Hash(_pairs[2 * k], _pairs[2 * k + 1]);
        return _digests[^1];
    }

    [Benchmark(Description = "Poseidon(2) x 1024, HashMany (lanes)", OperationsPerInvoke = Hashes)]
    public Fr Poseidon2Many()
    {
        Poseidon.HashMany(_pairs, 2, _digests);
        return _digests[^1];
    }

    [Benchmark(Description = "Poseidon(5) x 1024, one by one", OperationsPerInvoke = Hashes)]
    public Fr Poseidon5OneByOne()
    {
        for (int k = 0; k < Hashes; k++) _digests[k] = Poseidon.Hash(_fives.AsSpan(5 * k, 5));
        return _digests[^1];
    }

    [Benchmark(Description = "Poseidon(5) x 1024, HashMany (lanes)", OperationsPerInvoke = Hashes)]
    public Fr Poseidon5Many()
    {
        Poseidon.HashMany(_fives, 5, _digests);
        return _digests[^1];
    }
}
