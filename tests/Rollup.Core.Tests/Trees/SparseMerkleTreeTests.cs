using Rollup.Core.Fields;
using Rollup.Core.Hashing;
using Rollup.Core.Trees;

namespace Rollup.Core.Tests.Trees;

public class SparseMerkleTreeTests
{
    private static Fr F(ulong v) => Fr.FromUInt64(v);

    private static Fr H(in Fr l, in Fr r) => Poseidon.Hash(l, r);

    [Fact]
    public void Depth_2_root_matches_the_hand_computed_tree()
    {
        var tree = new SparseMerkleTree(2);
        tree.Set(0, F(10));
        tree.Set(1, F(11));
        tree.Set(2, F(12));
        tree.Set(3, F(13));
        Assert.Equal(H(H(F(10), F(11)), H(F(12), F(13))), tree.Root);
    }

    [Fact]
    public void Index_bit_0_chooses_the_side_at_height_0_and_bit_1_at_height_1()
    {
        var z = Fr.Zero;
        var v = F(7);

        var one = new SparseMerkleTree(2);
        one.Set(1, v); // binary 01: right at height 0, left at height 1
        Assert.Equal(H(H(z, v), H(z, z)), one.Root);

        var two = new SparseMerkleTree(2);
        two.Set(2, v); // binary 10: left at height 0, right at height 1
        Assert.Equal(H(H(z, z), H(v, z)), two.Root);
    }

    [Fact]
    public void Get_returns_the_last_value_set_and_zero_for_untouched_leaves()
    {
        var tree = new SparseMerkleTree(8);
        tree.Set(5, F(1));
        tree.Set(200, F(2));
        tree.Set(5, F(3));
        Assert.Equal(F(3), tree.Get(5));
        Assert.Equal(F(2), tree.Get(200));
        Assert.Equal(Fr.Zero, tree.Get(6));
        Assert.Equal(2, tree.LeafCount);
    }

    [Fact]
    public void Set_returns_a_record_whose_shared_siblings_witness_both_roots()
    {
        var tree = new SparseMerkleTree(6);
        tree.Set(9, F(90));
        tree.Set(40, F(400));
        var before = tree.Root;

        var u = tree.Set(9, F(91));

        Assert.Equal(9UL, u.Index);
        Assert.Equal(F(90), u.OldLeaf);
        Assert.Equal(F(91), u.NewLeaf);
        Assert.Equal(before, u.OldRoot);
        Assert.Equal(tree.Root, u.NewRoot);
        Assert.Equal(6, u.Siblings.Length);
        Assert.Equal(u.OldRoot, MerkleProof.ComputeRoot(9, u.OldLeaf, u.Siblings));
        Assert.Equal(u.NewRoot, MerkleProof.ComputeRoot(9, u.NewLeaf, u.Siblings));
        Assert.True(u.OldProof.Verify(u.OldRoot));
        Assert.True(u.NewProof.Verify(u.NewRoot));
    }

    [Fact]
    public void Setting_the_same_value_again_changes_nothing_and_still_gives_a_witness()
    {
        var tree = new SparseMerkleTree(4);
        tree.Set(3, F(5));
        var root = tree.Root;
        int nodes = tree.StoredNodeCount;

        var u = tree.Set(3, F(5));

        Assert.Equal(root, tree.Root);
        Assert.Equal(root, u.NewRoot);
        Assert.Equal(nodes, tree.StoredNodeCount);
        Assert.True(u.NewProof.Verify(root));
    }

    [Fact]
    public void Setting_a_leaf_back_to_zero_frees_its_nodes_and_restores_the_earlier_root()
    {
        var tree = new SparseMerkleTree(8);
        tree.Set(17, F(1));
        var root = tree.Root;
        int nodes = tree.StoredNodeCount;

        tree.Set(130, F(2));
        Assert.True(tree.StoredNodeCount > nodes);
        tree.Set(130, Fr.Zero);

        Assert.Equal(root, tree.Root);
        Assert.Equal(nodes, tree.StoredNodeCount);
        Assert.Equal(1, tree.LeafCount);

        tree.Set(17, Fr.Zero);
        Assert.Equal(0, tree.StoredNodeCount);
        Assert.Equal(DefaultNodes.At(8), tree.Root);
    }

    [Fact]
    public void Only_leaves_and_their_ancestors_are_stored()
    {
        var tree = new SparseMerkleTree(8);
        tree.Set(0, F(1));
        Assert.Equal(8, tree.StoredNodeCount); // the leaf and 7 ancestors below the root
        tree.Set(1, F(1));
        Assert.Equal(9, tree.StoredNodeCount); // the sibling leaf; ancestors are shared
    }

    [Theory]
    [InlineData(1, 2UL)]
    [InlineData(4, 16UL)]
    [InlineData(8, 256UL)]
    [InlineData(24, 1UL << 24)]
    [InlineData(63, 1UL << 63)]
    [InlineData(8, ulong.MaxValue)]
    public void Index_at_or_beyond_capacity_is_rejected(int depth, ulong index)
    {
        var tree = new SparseMerkleTree(depth);
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.Set(index, F(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.Get(index));
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.GetProof(index));
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.SetMany([(0UL, F(1)), (index, F(1))]));
        Assert.Equal(DefaultNodes.At(depth), tree.Root); // nothing of the batch was applied
        Assert.Equal(0, tree.StoredNodeCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public void Depth_outside_1_to_64_is_rejected(int depth)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SparseMerkleTree(depth));
    }

    [Fact]
    public void Depth_64_accepts_the_full_ulong_range()
    {
        var tree = new SparseMerkleTree(64);
        Assert.Equal(ulong.MaxValue, tree.MaxIndex);
        tree.Set(ulong.MaxValue, F(1));
        tree.Set(0, F(2));
        Assert.Equal(F(1), tree.Get(ulong.MaxValue));
        Assert.True(tree.GetProof(ulong.MaxValue).Verify(tree.Root));
        Assert.True(tree.GetProof(1UL << 63).Verify(tree.Root));

        var batch = new SparseMerkleTree(64);
        batch.SetMany([(0UL, F(2)), (ulong.MaxValue, F(1))]);
        Assert.Equal(tree.Root, batch.Root);
    }

    [Fact]
    public void Max_index_is_capacity_minus_one()
    {
        Assert.Equal(1UL, new SparseMerkleTree(1).MaxIndex);
        Assert.Equal((1UL << 24) - 1, new SparseMerkleTree(24).MaxIndex);
    }
}
