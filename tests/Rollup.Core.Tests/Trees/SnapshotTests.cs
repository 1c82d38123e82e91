using Rollup.Core.Fields;
using Rollup.Core.Trees;

namespace Rollup.Core.Tests.Trees;

public class SnapshotTests
{
    private static Fr F(ulong v) => Fr.FromUInt64(v);

    private static SparseMerkleTree Random(int depth, int count, int seed)
    {
        var rng = new Random(seed);
        var tree = new SparseMerkleTree(depth);
        ulong range = tree.MaxIndex;
        for (int k = 0; k < count; k++) tree.Set((ulong)rng.NextInt64((long)range + 1), F((ulong)rng.Next(1, int.MaxValue)));
        return tree;
    }

    [Fact]
    public void ExportLeaves_lists_non_empty_leaves_in_index_order()
    {
        var tree = new SparseMerkleTree(8);
        tree.Set(200, F(2));
        tree.Set(3, F(1));
        tree.Set(90, F(9));
        tree.Set(90, Fr.Zero);

        Assert.Equal([(3UL, F(1)), (200UL, F(2))], tree.ExportLeaves());
    }

    [Theory]
    [InlineData(4, 10, 1)]
    [InlineData(8, 100, 2)]
    [InlineData(24, 200, 3)]
    public void FromLeaves_of_ExportLeaves_reproduces_the_tree(int depth, int count, int seed)
    {
        var tree = Random(depth, count, seed);
        var restored = SparseMerkleTree.FromLeaves(depth, tree.ExportLeaves());
        TreeAssert.SameState(tree, restored);
    }

    [Fact]
    public void FromLeaves_ignores_zero_leaves_and_rejects_repeated_indices()
    {
        var withZero = SparseMerkleTree.FromLeaves(4, [(1UL, F(1)), (2UL, Fr.Zero)]);
        Assert.Equal(1, withZero.LeafCount);
        Assert.Throws<ArgumentException>(() => SparseMerkleTree.FromLeaves(4, [(1UL, F(1)), (1UL, F(1))]));
        Assert.Throws<ArgumentOutOfRangeException>(() => SparseMerkleTree.FromLeaves(4, [(16UL, F(1))]));
    }

    [Fact]
    public void FromLeaves_of_nothing_is_the_empty_tree()
    {
        Assert.Equal(DefaultNodes.At(10), SparseMerkleTree.FromLeaves(10, []).Root);
    }

    [Fact]
    public void Clone_and_original_evolve_independently()
    {
        var tree = Random(6, 20, 4);
        var clone = tree.Clone();
        var rootBefore = tree.Root;
        TreeAssert.SameState(tree, clone);

        clone.Set(5, F(12345));
        Assert.Equal(rootBefore, tree.Root);
        Assert.NotEqual(tree.Root, clone.Root);

        tree.Set(6, F(54321));
        Assert.Equal(Fr.Zero, clone.Get(6));
        Assert.NotEqual(F(12345), tree.Get(5));
    }

    [Fact]
    public void Clone_taken_inside_a_checkpoint_has_the_pending_state_and_no_checkpoint()
    {
        var tree = Random(6, 10, 5);
        var cp = tree.Checkpoint();
        tree.Set(63, F(63));
        var clone = tree.Clone();
        tree.Revert(cp);

        Assert.Equal(F(63), clone.Get(63));
        Assert.Equal(0, clone.OpenCheckpoints);
        Assert.NotEqual(tree.Root, clone.Root);
    }
}
