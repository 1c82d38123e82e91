using Rollup.Core.Hashing;
using Rollup.Sequencer.Rpc.Views;

namespace Rollup.Sequencer.Receipts;

/// <summary>
/// A binary keccak256 tree over a group's receipt leaves, padded with zero leaves to a power of
/// two: node = keccak256(left ‖ right). A proof is the siblings bottom-up; the leaf's index gives
/// the side at each level (bit i set: the node is the right child at level i).
/// </summary>
public static class ReceiptTree
{
    public const int MaxSize = 1 << 16;

    public static int Depth(int size)
    {
        if (size is < 1 or > MaxSize) throw new ArgumentOutOfRangeException(nameof(size), $"a group holds 1..{MaxSize} receipts");
        int depth = 0;
        while ((1 << depth) < size) depth++;
        return depth;
    }

    /// <summary>
    /// Every level of the tree, leaves first; the last level is the root alone. A node over
    /// padding only is the zero subtree's hash of its level, taken from a table rather than
    /// hashed again (a group of 1,025 would otherwise hash 1,023 padding nodes).
    /// </summary>
    public static Hash32[][] Levels(IReadOnlyList<Hash32> leaves)
    {
        int depth = Depth(leaves.Count);
        var levels = new Hash32[depth + 1][];
        levels[0] = new Hash32[1 << depth];
        for (int i = 0; i < leaves.Count; i++) levels[0][i] = leaves[i];
        int used = leaves.Count;
        for (int level = 1; level <= depth; level++)
        {
            var below = levels[level - 1];
            var nodes = new Hash32[below.Length / 2];
            used = (used + 1) / 2;
            for (int i = 0; i < used; i++) nodes[i] = Node(below[2 * i], below[2 * i + 1]);
            for (int i = used; i < nodes.Length; i++) nodes[i] = ZeroSubtrees[level];
            levels[level] = nodes;
        }
        return levels;
    }

    /// <summary>The root of 2^level zero leaves, for every level a group can have.</summary>
    private static readonly Hash32[] ZeroSubtrees = BuildZeroSubtrees();

    private static Hash32[] BuildZeroSubtrees()
    {
        var zero = new Hash32[Depth(MaxSize) + 1];
        zero[0] = new Hash32(new byte[Hash32.Size]);
        for (int level = 1; level < zero.Length; level++) zero[level] = Node(zero[level - 1], zero[level - 1]);
        return zero;
    }

    public static Hash32[] Proof(Hash32[][] levels, int index)
    {
        var proof = new Hash32[levels.Length - 1];
        for (int level = 0; level < proof.Length; level++) proof[level] = levels[level][(index >> level) ^ 1];
        return proof;
    }

    /// <summary>The root a leaf and its proof lead to.</summary>
    public static Hash32 Fold(Hash32 leaf, int index, IReadOnlyList<Hash32> proof)
    {
        var node = leaf;
        for (int level = 0; level < proof.Count; level++)
            node = ((index >> level) & 1) == 0 ? Node(node, proof[level]) : Node(proof[level], node);
        return node;
    }

    private static Hash32 Node(Hash32 left, Hash32 right)
    {
        Span<byte> pair = stackalloc byte[2 * Hash32.Size];
        left.Bytes.CopyTo(pair);
        right.Bytes.CopyTo(pair[Hash32.Size..]);
        return new Hash32(Keccak256.Hash(pair));
    }
}
