using Rollup.Core.Fields;

namespace Rollup.Core.Trees;

/// <summary>
/// A Merkle path for one leaf index: the leaf value and its siblings bottom-up, in the layout
/// documented on <see cref="SparseMerkleTree"/>. Non-membership of an index is a proof whose
/// leaf is <c>Fr.Zero</c> (the empty leaf); no separate format exists, and a zero leaf is
/// indistinguishable from an absent one by design.
/// </summary>
public sealed class MerkleProof
{
    private readonly Fr[] _siblings;

    /// <summary>Copies the siblings; the depth of the proof is their count (1..64).</summary>
    public MerkleProof(ulong index, in Fr leaf, ReadOnlySpan<Fr> siblings)
        : this(siblings.ToArray(), index, leaf)
    {
    }

    // Takes ownership of the array, saving the tree a copy of a path it never touches again.
    // The parameter order differs from the public constructor so that an Fr[] argument
    // (internals are visible to the tests) cannot bind here by accident.
    private MerkleProof(Fr[] siblings, ulong index, in Fr leaf)
    {
        if (siblings.Length < 1 || siblings.Length > SparseMerkleTree.MaxDepth)
            throw new ArgumentException($"a proof has 1..{SparseMerkleTree.MaxDepth} siblings", nameof(siblings));
        Index = index;
        Leaf = leaf;
        _siblings = siblings;
    }

    internal static MerkleProof Adopt(ulong index, in Fr leaf, Fr[] siblings) => new(siblings, index, leaf);

    public ulong Index { get; }

    public Fr Leaf { get; }

    public int Depth => _siblings.Length;

    /// <summary>Sibling at height h is element h (bottom-up).</summary>
    public ReadOnlySpan<Fr> Siblings => _siblings;

    /// <summary>True when the index fits the depth and the path hashes to <paramref name="root"/>.</summary>
    public bool Verify(in Fr root) => IndexFits(Index, Depth) && ComputeRoot(Index, Leaf, _siblings).Equals(root);

    public Fr ComputeRoot() => ComputeRoot(Index, Leaf, _siblings);

    /// <summary>
    /// Hashes a leaf up its path. The index must be below 2^siblings.Length: otherwise high
    /// bits would be ignored and two indices would share one proof.
    /// </summary>
    public static Fr ComputeRoot(ulong index, in Fr leaf, ReadOnlySpan<Fr> siblings)
    {
        if (siblings.Length < 1 || siblings.Length > SparseMerkleTree.MaxDepth)
            throw new ArgumentException($"a proof has 1..{SparseMerkleTree.MaxDepth} siblings", nameof(siblings));
        if (!IndexFits(index, siblings.Length))
            throw new ArgumentOutOfRangeException(nameof(index), index, $"index must be below 2^{siblings.Length}");
        var current = leaf;
        for (int h = 0; h < siblings.Length; h++)
        {
            current = ((index >> h) & 1) == 0
                ? DefaultNodes.Node(current, siblings[h])
                : DefaultNodes.Node(siblings[h], current);
        }
        return current;
    }

    private static bool IndexFits(ulong index, int depth) => depth >= SparseMerkleTree.MaxDepth || (index >> depth) == 0;
}
