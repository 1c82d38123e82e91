using Rollup.Core.Fields;
using Rollup.Core.Trees;

namespace Rollup.Core.Tests.Trees;

public class SetManyAcrossTests
{
    private static (ulong, Fr)[] Leaves(Random rng, int depth, int count)
    {
        var leaves = new (ulong, Fr)[count];
        for (int i = 0; i < count; i++)
        {
            ulong index = (ulong)rng.NextInt64(0, 1L << depth);
            // Some zero leaves (which free their path) and a repeated index now and then.
            var leaf = rng.Next(7) == 0 ? Fr.Zero : Fr.FromUInt64((ulong)rng.NextInt64());
            leaves[i] = i > 0 && rng.Next(9) == 0 ? (leaves[i - 1].Item1, leaf) : (index, leaf);
        }
        return leaves;
    }

    [Fact]
    public void Trees_of_different_depths_get_the_roots_of_SetMany_one_by_one()
    {
        var rng = new Random(77);
        int[] depths = [3, 12, 12, 1, 24, 3, 12, 5];
        int[] sizes = [5, 40, 1, 2, 300, 0, 9, 32];
        var together = new List<SparseMerkleTree>();
        var apart = new List<SparseMerkleTree>();
        var sets = new List<(ulong, Fr)[]>();
        for (int t = 0; t < depths.Length; t++)
        {
            var a = new SparseMerkleTree(depths[t]);
            var b = new SparseMerkleTree(depths[t]);
            // Start from a non-empty tree so that untouched siblings are read, not defaults.
            var initial = Leaves(rng, depths[t], 4);
            a.SetMany(initial);
            b.SetMany(initial);
            together.Add(a);
            apart.Add(b);
            sets.Add(Leaves(rng, depths[t], sizes[t]));
        }
        SparseMerkleTree.SetManyAcross(together, sets);
        for (int t = 0; t < depths.Length; t++)
        {
            apart[t].SetMany(sets[t]);
            Assert.Equal(apart[t].Root, together[t].Root);
        }
    }

    [Fact]
    public void A_bad_index_or_a_repeated_tree_is_refused_before_anything_is_written()
    {
        var a = new SparseMerkleTree(4);
        var b = new SparseMerkleTree(4);
        var before = (a.Root, b.Root);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            SparseMerkleTree.SetManyAcross([a, b], [[(1UL, Fr.One)], [(16UL, Fr.One)]]));
        Assert.Throws<ArgumentException>(() =>
            SparseMerkleTree.SetManyAcross([a, a], [[(1UL, Fr.One)], [(2UL, Fr.One)]]));
        Assert.Equal(before, (a.Root, b.Root));
    }
}
