using Rollup.Core.Fields;
using Rollup.Core.Hashing;
using Rollup.Core.Trees;

namespace Rollup.Core.Tests.Trees;

public class DefaultNodesTests
{
    private static Fr[] ChainByHand(int height)
    {
        var chain = new Fr[height + 1];
        for (int h = 1; h <= height; h++) chain[h] = Poseidon.Hash(chain[h - 1], chain[h - 1]);
        return chain;
    }

    [Fact]
    public void Chain_starts_at_the_zero_leaf_and_hashes_each_height_with_itself()
    {
        var chain = ChainByHand(64);
        Assert.Equal(65, DefaultNodes.All.Length);
        for (int h = 0; h <= 64; h++) Assert.Equal(chain[h], DefaultNodes.At(h));
        Assert.Equal(Fr.Zero, DefaultNodes.At(0));
    }

    [Fact]
    public void Height_1_default_is_circomlib_Poseidon_of_two_zeros()
    {
        // Known answer from circomlibjs poseidon([0, 0]): ties the tree to what the circuit computes.
        Assert.Equal(Fr.Parse("0x2098f5fb9e239eab3ceac3f27b81e481dc3124d55ffed523a839ee8446b64864"), DefaultNodes.At(1));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(16)]
    [InlineData(24)]
    [InlineData(64)]
    public void Empty_tree_root_is_the_default_node_at_its_depth(int depth)
    {
        Assert.Equal(ChainByHand(depth)[depth], new SparseMerkleTree(depth).Root);
    }

    [Fact]
    public void Node_hash_is_two_input_Poseidon_with_the_left_child_first()
    {
        var a = Fr.FromUInt64(1);
        var b = Fr.FromUInt64(2);
        Assert.Equal(Poseidon.Hash(a, b), DefaultNodes.Node(a, b));
        Assert.NotEqual(DefaultNodes.Node(a, b), DefaultNodes.Node(b, a));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(65)]
    public void Height_outside_0_to_64_is_rejected(int height)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DefaultNodes.At(height));
    }
}
