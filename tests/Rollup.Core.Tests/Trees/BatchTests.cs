using FsCheck.Xunit;
using Rollup.Core.Fields;
using Rollup.Core.Trees;

namespace Rollup.Core.Tests.Trees;

public class BatchTests
{
    private const int Depth = 6;

    // Small index and value ranges so that generated batches repeat indices and clear leaves.
    private static (ulong, Fr)[] Leaves((byte Index, byte Value)[] raw)
    {
        var leaves = new (ulong, Fr)[raw.Length];
        for (int k = 0; k < raw.Length; k++)
            leaves[k] = ((ulong)(raw[k].Index % (1 << Depth)), raw[k].Value % 4 == 0 ? Fr.Zero : Fr.FromUInt64(raw[k].Value));
        return leaves;
    }

    [Property(MaxTest = 200)]
    public void SetMany_leaves_the_same_state_as_sequential_Set((byte, byte)[] initialRaw, (byte, byte)[] batchRaw)
    {
        var initial = Leaves(initialRaw);
        var batch = Leaves(batchRaw);
        var sequential = new SparseMerkleTree(Depth);
        var batched = new SparseMerkleTree(Depth);
        foreach (var (i, v) in initial)
        {
            sequential.Set(i, v);
            batched.Set(i, v);
        }

        foreach (var (i, v) in batch) sequential.Set(i, v);
        var root = batched.SetMany(batch);

        Assert.Equal(sequential.Root, root);
        TreeAssert.SameState(sequential, batched);
    }

    [Fact]
    public void SetMany_at_depth_24_matches_sequential_Set_on_a_seeded_batch()
    {
        var rng = new Random(24);
        var batch = new (ulong, Fr)[300];
        for (int k = 0; k < batch.Length; k++)
        {
            // Clustered indices share upper ancestors, which is where the batch saves hashes.
            ulong index = k % 3 == 0 ? (ulong)rng.Next(1 << 24) : (ulong)rng.Next(512);
            batch[k] = (index, Fr.FromUInt64((ulong)rng.NextInt64()));
        }
        var sequential = new SparseMerkleTree(24);
        foreach (var (i, v) in batch) sequential.Set(i, v);

        var batched = new SparseMerkleTree(24);
        batched.SetMany(batch);

        TreeAssert.SameState(sequential, batched);
    }

    [Fact]
    public void Repeated_index_in_a_batch_keeps_the_last_value()
    {
        var tree = new SparseMerkleTree(4);
        tree.SetMany([(3UL, Fr.FromUInt64(1)), (5UL, Fr.FromUInt64(2)), (3UL, Fr.FromUInt64(9))]);
        Assert.Equal(Fr.FromUInt64(9), tree.Get(3));
    }

    [Fact]
    public void SetMany_accepts_any_enumerable_and_an_empty_batch()
    {
        var tree = new SparseMerkleTree(4);
        var empty = tree.Root;
        Assert.Equal(empty, tree.SetMany(ReadOnlySpan<(ulong, Fr)>.Empty));

        IEnumerable<(ulong, Fr)> Lazy()
        {
            yield return (1UL, Fr.FromUInt64(1));
            yield return (2UL, Fr.FromUInt64(2));
        }
        var root = tree.SetMany(Lazy());

        var expected = new SparseMerkleTree(4);
        expected.Set(1, Fr.FromUInt64(1));
        expected.Set(2, Fr.FromUInt64(2));
        Assert.Equal(expected.Root, root);
    }
}
