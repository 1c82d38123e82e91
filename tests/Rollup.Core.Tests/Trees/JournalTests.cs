using Rollup.Core.Fields;
using Rollup.Core.Trees;

namespace Rollup.Core.Tests.Trees;

public class JournalTests
{
    private static Fr F(ulong v) => Fr.FromUInt64(v);

    private static SparseMerkleTree Sample()
    {
        var tree = new SparseMerkleTree(5);
        tree.Set(1, F(1));
        tree.Set(7, F(7));
        tree.Set(30, F(30));
        return tree;
    }

    [Fact]
    public void Revert_restores_root_leaves_and_storage_exactly()
    {
        var tree = Sample();
        var before = tree.Clone();

        var cp = tree.Checkpoint();
        tree.Set(1, F(100));      // overwrite
        tree.Set(7, Fr.Zero);     // delete
        tree.Set(12, F(12));      // insert
        tree.SetMany([(30UL, F(31)), (31UL, F(32))]);
        tree.Revert(cp);

        TreeAssert.SameState(before, tree);
        Assert.Equal(0, tree.OpenCheckpoints);
    }

    [Fact]
    public void Nested_revert_undoes_only_the_inner_changes()
    {
        var tree = Sample();
        var outer = tree.Checkpoint();
        tree.Set(2, F(2));
        var afterOuterWork = tree.Clone();

        var inner = tree.Checkpoint();
        tree.Set(2, F(3));
        tree.Set(3, F(3));
        tree.Revert(inner);

        TreeAssert.SameState(afterOuterWork, tree);
        Assert.Equal(1, tree.OpenCheckpoints);
        tree.Commit(outer);
        Assert.Equal(F(2), tree.Get(2));
    }

    [Fact]
    public void Outer_revert_also_undoes_a_committed_inner_checkpoint()
    {
        var tree = Sample();
        var before = tree.Clone();
        var outer = tree.Checkpoint();
        tree.Set(4, F(4));
        var inner = tree.Checkpoint();
        tree.Set(5, F(5));
        tree.Commit(inner);

        tree.Revert(outer);

        TreeAssert.SameState(before, tree);
    }

    [Fact]
    public void Outer_revert_closes_inner_checkpoints_left_open()
    {
        var tree = Sample();
        var before = tree.Clone();
        var outer = tree.Checkpoint();
        tree.Set(4, F(4));
        var inner = tree.Checkpoint();
        tree.Set(5, F(5));

        tree.Revert(outer);

        TreeAssert.SameState(before, tree);
        Assert.Equal(0, tree.OpenCheckpoints);
        Assert.Throws<InvalidOperationException>(() => tree.Revert(inner));
    }

    [Fact]
    public void Commit_keeps_the_changes()
    {
        var tree = Sample();
        var cp = tree.Checkpoint();
        tree.Set(9, F(9));
        var root = tree.Root;
        tree.Commit(cp);
        Assert.Equal(root, tree.Root);
        Assert.Equal(F(9), tree.Get(9));
    }

    [Fact]
    public void Closed_or_foreign_checkpoints_are_rejected()
    {
        var tree = Sample();
        var cp = tree.Checkpoint();
        tree.Commit(cp);
        Assert.Throws<InvalidOperationException>(() => tree.Revert(cp));
        Assert.Throws<InvalidOperationException>(() => tree.Commit(cp));

        // A new checkpoint at the same nesting level must not accept the old token.
        var again = tree.Checkpoint();
        Assert.Throws<InvalidOperationException>(() => tree.Revert(cp));
        tree.Commit(again);

        var other = Sample();
        var foreign = other.Checkpoint();
        Assert.Throws<ArgumentException>(() => tree.Revert(foreign));
        Assert.Throws<ArgumentException>(() => tree.Commit(default));
    }

    [Fact]
    public void Random_work_under_nested_checkpoints_reverts_to_each_saved_state()
    {
        var rng = new Random(7);
        var tree = new SparseMerkleTree(6);
        for (int round = 0; round < 20; round++)
        {
            var saved = new Stack<(TreeCheckpoint Cp, SparseMerkleTree State)>();
            for (int level = 0; level < 3; level++)
            {
                saved.Push((tree.Checkpoint(), tree.Clone()));
                for (int k = 0; k < 5; k++)
                {
                    ulong index = (ulong)rng.Next(64);
                    var leaf = rng.Next(3) == 0 ? Fr.Zero : F((ulong)rng.Next(1, 1000));
                    if (rng.Next(2) == 0) tree.Set(index, leaf);
                    else tree.SetMany([(index, leaf), ((ulong)rng.Next(64), leaf)]);
                }
            }
            while (saved.Count > 0)
            {
                var (cp, state) = saved.Pop();
                if (rng.Next(2) == 0)
                {
                    tree.Revert(cp);
                    TreeAssert.SameState(state, tree);
                }
                else
                {
                    tree.Commit(cp);
                }
            }
            Assert.Equal(0, tree.OpenCheckpoints);
        }
    }

    [Fact]
    public void Writes_outside_any_checkpoint_still_work_after_a_revert()
    {
        var tree = Sample();
        var cp = tree.Checkpoint();
        tree.Set(8, F(8));
        tree.Revert(cp);
        tree.Set(8, F(80));
        Assert.Equal(F(80), tree.Get(8));
        Assert.True(tree.GetProof(8).Verify(tree.Root));
    }
}
