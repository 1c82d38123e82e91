using System.Buffers;
using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Core.Trees;

public sealed partial class SparseMerkleTree
{
    /// <summary>
    /// <see cref="SetMany(ReadOnlySpan{ValueTuple{ulong, Fr}})"/> on several distinct trees at
    /// once, hashed level by level across all of them: the new nodes of one height in every tree
    /// are hashed together by <see cref="Poseidon.HashMany"/>, so many small trees (the position
    /// and fill subtrees of the accounts a batch changed) fill the eight-lane groups that one
    /// small tree cannot. The roots are those of SetMany on each tree in turn. All indices are
    /// checked before anything is written.
    /// </summary>
    public static void SetManyAcross(IReadOnlyList<SparseMerkleTree> trees, IReadOnlyList<(ulong Index, Fr Leaf)[]> leaves)
    {
        ArgumentNullException.ThrowIfNull(trees);
        ArgumentNullException.ThrowIfNull(leaves);
        if (trees.Count != leaves.Count) throw new ArgumentException($"{trees.Count} trees for {leaves.Count} leaf sets", nameof(leaves));
        var seen = new HashSet<SparseMerkleTree>(ReferenceEqualityComparer.Instance);
        int maxDepth = 0;
        for (int t = 0; t < trees.Count; t++)
        {
            if (!seen.Add(trees[t])) throw new ArgumentException("a tree appears more than once", nameof(trees));
            foreach (var l in leaves[t]) trees[t].CheckIndex(l.Index);
            maxDepth = Math.Max(maxDepth, trees[t].Depth);
        }

        var touched = new ulong[trees.Count][];
        var counts = new int[trees.Count];
        for (int t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            var set = leaves[t];
            touched[t] = new ulong[set.Length];
            // Input order, so that a repeated index keeps its last value.
            for (int k = 0; k < set.Length; k++)
            {
                tree.Write(0, set[k].Index, set[k].Leaf);
                touched[t][k] = set[k].Index;
            }
            Array.Sort(touched[t]);
            counts[t] = CompactParents(touched[t], shift: 0);
        }

        Fr[]? children = null;
        Fr[]? hashes = null;
        try
        {
            for (int h = 0; h < maxDepth; h++)
            {
                int total = 0;
                for (int t = 0; t < trees.Count; t++)
                {
                    if (h >= trees[t].Depth || counts[t] == 0) continue;
                    counts[t] = CompactParents(touched[t].AsSpan(0, counts[t]), shift: 1);
                    total += counts[t];
                }
                if (total == 0) break;
                if (hashes is null || hashes.Length < total)
                {
                    if (hashes is not null) ArrayPool<Fr>.Shared.Return(hashes);
                    if (children is not null) ArrayPool<Fr>.Shared.Return(children);
                    hashes = ArrayPool<Fr>.Shared.Rent(total);
                    children = ArrayPool<Fr>.Shared.Rent(2 * total);
                }
                int k = 0;
                for (int t = 0; t < trees.Count; t++)
                {
                    if (h >= trees[t].Depth) continue;
                    for (int i = 0; i < counts[t]; i++, k++)
                    {
                        ulong p = touched[t][i];
                        children![2 * k] = trees[t].NodeRef(h, p << 1);
                        children[2 * k + 1] = trees[t].NodeRef(h, (p << 1) | 1);
                    }
                }
                var input = children!;
                var output = hashes;
                ParallelHashing.ForRanges(total, (from, to) =>
                    Poseidon.HashMany(input.AsSpan(2 * from, 2 * (to - from)), 2, output.AsSpan(from, to - from)));
                k = 0;
                for (int t = 0; t < trees.Count; t++)
                {
                    var tree = trees[t];
                    if (h >= tree.Depth) continue;
                    bool top = h + 1 == tree.Depth;
                    for (int i = 0; i < counts[t]; i++, k++)
                    {
                        if (top) tree.WriteRoot(hashes[k]);
                        else tree.Write(h + 1, touched[t][i], hashes[k]);
                    }
                }
            }
        }
        finally
        {
            if (hashes is not null) ArrayPool<Fr>.Shared.Return(hashes);
            if (children is not null) ArrayPool<Fr>.Shared.Return(children);
        }
    }
}
