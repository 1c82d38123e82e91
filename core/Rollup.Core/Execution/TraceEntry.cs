using Rollup.Core.Fields;
using Rollup.Core.State;
using Rollup.Core.Trees;

namespace Rollup.Core.Execution;

/// <summary>
/// One leaf touched by an operation: which tree (and, for account subtrees, whose), the
/// leaf index, the leaf before and after, the siblings bottom-up (shared by both paths) and
/// the tree root before and after. A read is an entry whose leaf does not change. The
/// prover builds its witness from these without re-deriving anything.
/// </summary>
public sealed record TraceEntry(TreeId Tree, uint Owner, ulong Index, Fr OldLeaf, Fr NewLeaf, Fr[] Siblings, Fr OldRoot, Fr NewRoot)
{
    public bool IsRead => OldLeaf == NewLeaf;

    public static TraceEntry FromUpdate(TreeId tree, uint owner, in MerkleUpdate u) =>
        new(tree, owner, u.Index, u.OldLeaf, u.NewLeaf, u.Siblings.ToArray(), u.OldRoot, u.NewRoot);

    public static TraceEntry FromProof(TreeId tree, uint owner, MerkleProof p, in Fr root) =>
        new(tree, owner, p.Index, p.Leaf, p.Leaf, p.Siblings.ToArray(), root, root);

    /// <summary>Recomputes both roots from the leaves and siblings: what the circuit will check.</summary>
    public bool IsConsistent() =>
        MerkleProof.ComputeRoot(Index, OldLeaf, Siblings) == OldRoot &&
        MerkleProof.ComputeRoot(Index, NewLeaf, Siblings) == NewRoot;
}
