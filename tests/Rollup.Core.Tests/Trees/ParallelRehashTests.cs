using Rollup.Core.Fields;
using Rollup.Core.Trees;

namespace Rollup.Core.Tests.Trees;

/// <summary>SetMany hashes levels with many changed nodes on every core; the result must be the per-leaf one.</summary>
public class ParallelRehashTests
{
    [Fact]
    public void SetMany_over_hundreds_of_leaves_equals_one_by_one_updates_including_cleared_leaves()
    {
        const int depth = 20;
        var rng = new Random(7);
        var sequential = new SparseMerkleTree(depth);
        var batched = new SparseMerkleTree(depth);
        for (int round = 0; round < 3; round++)
        {
            var leaves = new (ulong, Fr)[round == 0 ? 500 : 250];
            for (int k = 0; k < leaves.Length; k++)
            {
                // Later rounds revisit earlier indices (some cleared to zero) and add clustered ones.
                ulong index = round > 0 && k % 2 == 0 ? (ulong)(k * 977 % 4_096) : (ulong)rng.NextInt64(1L << depth);
                leaves[k] = (index, k % 7 == 0 && round > 0 ? Fr.Zero : Fr.FromUInt64((ulong)rng.NextInt64(1, long.MaxValue)));
            }
            foreach (var (i, v) in leaves) sequential.Set(i, v);
            Assert.Equal(sequential.Root, batched.SetMany(leaves));
            Assert.Equal(sequential.StoredNodeCount, batched.StoredNodeCount);
        }
        foreach (ulong i in new ulong[] { 0, 977, 4_095, (1UL << depth) - 1 })
            Assert.Equal(sequential.GetProof(i).Siblings.ToArray(), batched.GetProof(i).Siblings.ToArray());
    }

    [Fact]
    public void Tree_rebuilt_from_many_leaves_has_the_incremental_root()
    {
        var rng = new Random(11);
        var tree = new SparseMerkleTree(16);
        for (int k = 0; k < 400; k++) tree.Set((ulong)rng.Next(1 << 16), Fr.FromUInt64((ulong)k + 1));
        Assert.Equal(tree.Root, SparseMerkleTree.FromLeaves(16, tree.ExportLeaves()).Root);
    }
}
