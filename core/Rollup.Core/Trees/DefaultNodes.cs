using System.Runtime.CompilerServices;
using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Core.Trees;

/// <summary>
/// The node hash of every sparse Merkle tree in the rollup and the roots of empty subtrees.
/// <c>Node(l, r) = Poseidon(l, r)</c> (circomlib, two inputs); <c>At(0) = 0</c> (the empty leaf) and
/// <c>At(h) = Node(At(h - 1), At(h - 1))</c>. The chain depends only on the height, so one table
/// serves every tree whatever its depth.
/// </summary>
public static class DefaultNodes
{
    public const int MaxHeight = SparseMerkleTree.MaxDepth;

    // Computed once per process: 64 hashes, shared by every tree and every proof check.
    private static readonly Fr[] Table = Build();

    /// <summary>The root of an empty subtree of the given height (0 = the empty leaf, Fr.Zero).</summary>
    public static Fr At(int height)
    {
        if ((uint)height > MaxHeight) throw new ArgumentOutOfRangeException(nameof(height), height, $"height must be in 0..{MaxHeight}");
        return Table[height];
    }

    /// <summary>Heights 0..64 in order.</summary>
    public static ReadOnlySpan<Fr> All => Table;

    /// <summary>The internal-node hash: the left child is the one whose index bit at this height is 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fr Node(in Fr left, in Fr right) => Poseidon.Hash(left, right);

    // By reference so the tree's per-level loops do not copy 32 bytes per lookup.
    internal static ref readonly Fr Ref(int height) => ref Table[height];

    private static Fr[] Build()
    {
        var t = new Fr[MaxHeight + 1];
        t[0] = Fr.Zero;
        for (int h = 1; h <= MaxHeight; h++) t[h] = Poseidon.Hash(t[h - 1], t[h - 1]);
        return t;
    }
}
