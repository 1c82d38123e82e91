using Rollup.Core.Fields;
using Rollup.Core.Trees;

namespace Rollup.Core.Tests.Trees;

public class MerkleProofTests
{
    private static Fr F(ulong v) => Fr.FromUInt64(v);

    private static SparseMerkleTree Sample()
    {
        var tree = new SparseMerkleTree(6);
        tree.Set(0, F(100));
        tree.Set(13, F(113));
        tree.Set(14, F(114));
        tree.Set(63, F(163));
        return tree;
    }

    [Theory]
    [InlineData(0UL)]
    [InlineData(13UL)]
    [InlineData(14UL)]
    [InlineData(63UL)]
    public void Membership_proof_verifies_against_the_root(ulong index)
    {
        var tree = Sample();
        var proof = tree.GetProof(index);
        Assert.Equal(index, proof.Index);
        Assert.Equal(tree.Get(index), proof.Leaf);
        Assert.Equal(6, proof.Depth);
        Assert.True(proof.Verify(tree.Root));
        Assert.Equal(tree.Root, proof.ComputeRoot());
    }

    [Fact]
    public void Non_membership_is_a_proof_of_the_zero_leaf()
    {
        var tree = Sample();
        var proof = tree.GetProof(12);
        Assert.Equal(Fr.Zero, proof.Leaf);
        Assert.True(proof.Verify(tree.Root));
        Assert.False(new MerkleProof(12, F(1), proof.Siblings).Verify(tree.Root));
    }

    [Fact]
    public void Changing_any_sibling_breaks_the_proof()
    {
        var tree = Sample();
        var proof = tree.GetProof(13);
        for (int h = 0; h < proof.Depth; h++)
        {
            var tampered = proof.Siblings.ToArray();
            tampered[h] += Fr.One;
            Assert.False(new MerkleProof(13, proof.Leaf, tampered).Verify(tree.Root), $"sibling {h}");
        }
    }

    [Fact]
    public void Changing_any_index_bit_breaks_the_proof()
    {
        var tree = Sample();
        var proof = tree.GetProof(13);
        for (int bit = 0; bit < 64; bit++)
        {
            var moved = new MerkleProof(13UL ^ (1UL << bit), proof.Leaf, proof.Siblings);
            Assert.False(moved.Verify(tree.Root), $"bit {bit}");
        }
    }

    [Fact]
    public void Changing_the_leaf_breaks_the_proof()
    {
        var tree = Sample();
        var proof = tree.GetProof(14);
        Assert.False(new MerkleProof(14, proof.Leaf + Fr.One, proof.Siblings).Verify(tree.Root));
        Assert.False(new MerkleProof(14, Fr.Zero, proof.Siblings).Verify(tree.Root));
    }

    [Fact]
    public void Proof_for_an_older_root_fails_against_the_new_root()
    {
        var tree = Sample();
        var proof = tree.GetProof(14);
        tree.Set(15, F(1));
        Assert.False(proof.Verify(tree.Root));
        Assert.True(tree.GetProof(14).Verify(tree.Root));
    }

    [Fact]
    public void Computing_a_root_with_an_index_beyond_the_depth_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MerkleProof.ComputeRoot(4, Fr.Zero, new Fr[2]));
        Assert.Throws<ArgumentException>(() => MerkleProof.ComputeRoot(0, Fr.Zero, ReadOnlySpan<Fr>.Empty));
    }

    [Fact]
    public void Constructor_copies_the_siblings()
    {
        var tree = Sample();
        var siblings = tree.GetProof(0).Siblings.ToArray();
        var proof = new MerkleProof(0, F(100), siblings);
        siblings[0] += Fr.One;
        Assert.True(proof.Verify(tree.Root));
    }
}
