using Rollup.Core.Fields;

namespace Rollup.Core.Trees;

/// <summary>
/// One leaf write as the prover needs it: the path's siblings (bottom-up) are shared by the
/// old and the new leaf, so the same siblings hash OldLeaf to OldRoot and NewLeaf to NewRoot.
/// </summary>
public readonly struct MerkleUpdate
{
    private readonly Fr[]? _siblings;

    internal MerkleUpdate(ulong index, in Fr oldLeaf, in Fr newLeaf, Fr[] siblings, in Fr oldRoot, in Fr newRoot)
    {
        Index = index;
        OldLeaf = oldLeaf;
        NewLeaf = newLeaf;
        _siblings = siblings;
        OldRoot = oldRoot;
        NewRoot = newRoot;
    }

    public ulong Index { get; }

    public Fr OldLeaf { get; }

    public Fr NewLeaf { get; }

    public Fr OldRoot { get; }

    public Fr NewRoot { get; }

    /// <summary>Sibling at height h is element h; empty for a default-constructed value.</summary>
    public ReadOnlySpan<Fr> Siblings => _siblings;

    /// <summary>The membership proof of the old leaf against <see cref="OldRoot"/>.</summary>
    public MerkleProof OldProof => new(Index, OldLeaf, Siblings);

    /// <summary>The membership proof of the new leaf against <see cref="NewRoot"/>.</summary>
    public MerkleProof NewProof => new(Index, NewLeaf, Siblings);
}
