using BenchmarkDotNet.Attributes;
using Rollup.Core.Fields;
using Rollup.Core.Trees;

namespace Rollup.Bench;

/// <summary>Sparse Merkle tree leaf updates at production depth, into a tree already holding 20,000 leaves.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class TreeBenchmarks
{
    private const int Updates = 256;
    private SparseMerkleTree _tree = null!;
    private ulong[] _indices = null!;
    private int _round;

    [Params(24)]
    public int Depth { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(1);
        var used = new HashSet<ulong>();
        ulong Fresh()
        {
            ulong i;
            do i = (ulong)rng.NextInt64(1L << Depth); while (!used.Add(i));
            return i;
        }
        var leaves = new (ulong, Fr)[20_000];
        for (int i = 0; i < leaves.Length; i++) leaves[i] = (Fresh(), Fr.FromUInt64((ulong)i + 1));
        _tree = SparseMerkleTree.FromLeaves(Depth, leaves);
        _indices = new ulong[Updates];
        for (int i = 0; i < Updates; i++) _indices[i] = Fresh();
    }

    [Benchmark(Description = "SMT update", OperationsPerInvoke = Updates)]
    public Fr Update()
    {
        _round++;
        for (int i = 0; i < Updates; i++) _tree.Set(_indices[i], Fr.FromUInt64((ulong)(_round * Updates + i + 1)));
        return _tree.Root;
    }

    [Benchmark(Description = "SMT batch update (SetMany)", OperationsPerInvoke = Updates)]
    public Fr BatchUpdate()
    {
        _round++;
        var batch = new (ulong, Fr)[Updates];
        for (int i = 0; i < Updates; i++) batch[i] = (_indices[i], Fr.FromUInt64((ulong)(_round * Updates + i + 1)));
        return _tree.SetMany(batch);
    }
}
