using Rollup.Core.Fields;

namespace Rollup.Core.Trees;

public sealed partial class SparseMerkleTree
{
    /// <summary>
    /// The path of any index against the current root. For an empty index the proof's leaf is
    /// Fr.Zero, which is the non-membership proof.
    /// </summary>
    public MerkleProof GetProof(ulong index)
    {
        CheckIndex(index);
        var siblings = new Fr[Depth];
        for (int h = 0; h < siblings.Length; h++) siblings[h] = NodeRef(h, (index >> h) ^ 1);
        return MerkleProof.Adopt(index, NodeRef(0, index), siblings);
    }
}
