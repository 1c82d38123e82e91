using Rollup.Core.Fields;
using Rollup.Core.Trees;
using Rollup.Prover.Gadgets;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Tests.Gadgets;

public class MerklePathTests
{
    private const int Depth = 6;

    private static SparseMerkleTree Tree()
    {
        var tree = new SparseMerkleTree(Depth);
        var rng = new Random(6);
        foreach (ulong i in new ulong[] { 0, 1, 5, 17, 42, 63 }) tree.Set(i, GadgetAssert.RandomFr(rng));
        return tree;
    }

    private static (ConstraintSystem Cs, LinearCombination Root) Circuit(MerkleProof proof, ulong claimedIndex)
    {
        var cs = new ConstraintSystem();
        var leaf = cs.AllocatePrivate(proof.Leaf);
        var index = cs.AllocatePrivate(Fr.FromUInt64(claimedIndex));
        var siblings = proof.Siblings.ToArray().Select(s => (LinearCombination)cs.AllocatePrivate(s)).ToArray();
        return (cs, MerklePath.ComputeRoot(cs, leaf, index, siblings));
    }

    [Theory]
    [InlineData(0ul)]
    [InlineData(5ul)]
    [InlineData(42ul)]
    [InlineData(63ul)]
    [InlineData(30ul)]
    public void Circuit_root_equals_the_tree_root(ulong index)
    {
        var tree = Tree();
        var proof = tree.GetProof(index);
        var (cs, root) = Circuit(proof, index);
        Assert.Equal(tree.Root, cs.Value(root));
        Assert.Equal(proof.ComputeRoot(), cs.Value(root));
        GadgetAssert.Satisfied(cs);
    }

    [Fact]
    public void Verify_pins_the_root_and_every_wire_matters()
    {
        var tree = Tree();
        var proof = tree.GetProof(17);
        var cs = new ConstraintSystem();
        var root = cs.AllocatePublic(tree.Root);
        var leaf = cs.AllocatePrivate(proof.Leaf);
        var index = cs.AllocatePrivate(Fr.FromUInt64(17));
        var siblings = proof.Siblings.ToArray().Select(s => (LinearCombination)cs.AllocatePrivate(s)).ToArray();
        using (cs.Scope("merkle")) MerklePath.Verify(cs, leaf, index, siblings, root);
        // Per level: one swap constraint and one Poseidon(2); plus the index bits and the root check.
        Assert.Equal(Depth * (1 + 243) + (Depth + 1) + 1, cs.ConstraintCountsByScope["merkle"]);
        GadgetAssert.EveryWireMatters(cs, maxWires: 120);
    }

    [Fact]
    public void Wrong_index_or_wrong_root_is_unsatisfiable()
    {
        var tree = Tree();
        var proof = tree.GetProof(5);
        var (cs, root) = Circuit(proof, 4);
        cs.EnforceEqual(root, tree.Root);
        Assert.False(cs.IsSatisfied(out _));

        var (cs2, root2) = Circuit(proof, 5);
        cs2.EnforceEqual(root2, tree.Root + Fr.One);
        Assert.False(cs2.IsSatisfied(out _));
    }

    [Fact]
    public void Index_beyond_the_depth_is_unsatisfiable()
    {
        var tree = Tree();
        var proof = tree.GetProof(5);
        var (cs, _) = Circuit(proof, 5 + (1ul << Depth));
        Assert.False(cs.IsSatisfied(out _));
    }
}
