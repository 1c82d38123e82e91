using Rollup.Core.Trees;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Gadgets;

/// <summary>
/// Merkle inclusion as Rollup.Core.Trees builds it: node = Poseidon(left, right), bit h of
/// the index set means the current node is the right child at height h.
/// </summary>
public static class MerklePath
{
    /// <summary>
    /// The root from a leaf, its index (range-checked to siblings.Count bits) and the siblings
    /// from the leaf up. Per level one constraint for the swap plus one Poseidon.
    /// </summary>
    public static LinearCombination ComputeRoot(ConstraintSystem cs, in LinearCombination leaf, in LinearCombination index, IReadOnlyList<LinearCombination> siblings)
    {
        ArgumentNullException.ThrowIfNull(cs);
        ArgumentNullException.ThrowIfNull(siblings);
        if (siblings.Count < 1 || siblings.Count > SparseMerkleTree.MaxDepth)
            throw new ArgumentException($"a path has 1..{SparseMerkleTree.MaxDepth} siblings", nameof(siblings));
        var bits = BitDecomposition.ToBits(cs, index, siblings.Count);
        var current = leaf;
        for (int h = 0; h < siblings.Count; h++)
        {
            // d = bit · (sibling - current) swaps the pair when the bit is set: left = current + d, right = sibling - d.
            LinearCombination d = cs.Multiply(bits[h], siblings[h] - current);
            current = PoseidonGadget.Hash(cs, current + d, siblings[h] - d);
        }
        return current;
    }

    public static void Verify(ConstraintSystem cs, in LinearCombination leaf, in LinearCombination index, IReadOnlyList<LinearCombination> siblings, in LinearCombination root)
    {
        ArgumentNullException.ThrowIfNull(cs);
        cs.EnforceEqual(ComputeRoot(cs, leaf, index, siblings), root);
    }
}
