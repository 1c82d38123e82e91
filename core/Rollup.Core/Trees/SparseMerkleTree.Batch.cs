using System.Buffers;
using System.Runtime.InteropServices;
using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Core.Trees;

public sealed partial class SparseMerkleTree
{
    /// <summary>
    /// Writes many leaves and rehashes every touched internal node exactly once. The result is
    /// the same as calling <see cref="Set"/> for each pair in order (a repeated index ends with
    /// its last value). All indices are checked before anything is written.
    /// </summary>
    /// <returns>The new root.</returns>
    public Fr SetMany(ReadOnlySpan<(ulong Index, Fr Leaf)> leaves)
    {
        foreach (ref readonly var l in leaves) CheckIndex(l.Index);
        ApplyBatch(leaves, rejectDuplicates: false);
        return _root;
    }

    /// <summary>As the span overload; the sequence is read once, before anything is written.</summary>
    public Fr SetMany(IEnumerable<(ulong Index, Fr Leaf)> leaves) => SetMany(Materialize(leaves));

    private static ReadOnlySpan<(ulong Index, Fr Leaf)> Materialize(IEnumerable<(ulong Index, Fr Leaf)> leaves)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        return leaves switch
        {
            (ulong, Fr)[] array => array,
            List<(ulong, Fr)> list => CollectionsMarshal.AsSpan(list),
            _ => leaves.ToArray(),
        };
    }

    private void ApplyBatch(ReadOnlySpan<(ulong Index, Fr Leaf)> leaves, bool rejectDuplicates)
    {
        if (leaves.IsEmpty) return;
        var rented = ArrayPool<ulong>.Shared.Rent(leaves.Length);
        try
        {
            var touched = rented.AsSpan(0, leaves.Length);
            // Leaves go in input order so that a repeated index keeps its last value.
            for (int k = 0; k < leaves.Length; k++)
            {
                Write(0, leaves[k].Index, leaves[k].Leaf);
                touched[k] = leaves[k].Index;
            }
            touched.Sort();
            int count = CompactParents(touched, shift: 0);
            if (rejectDuplicates && count != leaves.Length)
                throw new ArgumentException("the same leaf index appears more than once", nameof(leaves));

            RehashAbove(rented, count);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(rented);
        }
    }

    // touched[..count] are the distinct changed nodes at height h, ascending; their parents are
    // again ascending, so one pass both dedupes and keeps the order. A level with many nodes is
    // hashed in groups of eight (AVX-512 lanes, where the machine has them) and on every core: the
    // hashes only read the level below (concurrent dictionary reads are safe while nothing
    // writes), and the writes happen afterwards on this thread, in order.
    private void RehashAbove(ulong[] touched, int count)
    {
        Fr[]? hashes = null;
        Fr[]? children = null;
        try
        {
            for (int h = 0; h < Depth; h++)
            {
                count = CompactParents(touched.AsSpan(0, count), shift: 1);
                bool top = h + 1 == Depth;
                if (!top && count >= ManyNodes)
                {
                    if (hashes is null || hashes.Length < count)
                    {
                        if (hashes is not null) ArrayPool<Fr>.Shared.Return(hashes);
                        if (children is not null) ArrayPool<Fr>.Shared.Return(children);
                        hashes = ArrayPool<Fr>.Shared.Rent(count);
                        children = ArrayPool<Fr>.Shared.Rent(2 * count);
                    }
                    for (int k = 0; k < count; k++)
                    {
                        ulong p = touched[k];
                        children![2 * k] = NodeRef(h, p << 1);
                        children[2 * k + 1] = NodeRef(h, (p << 1) | 1);
                    }
                    var input = children!;
                    var output = hashes;
                    ParallelHashing.ForRanges(count, (from, to) =>
                        Poseidon.HashMany(input.AsSpan(2 * from, 2 * (to - from)), 2, output.AsSpan(from, to - from)));
                    for (int k = 0; k < count; k++) Write(h + 1, touched[k], hashes[k]);
                    continue;
                }
                for (int k = 0; k < count; k++)
                {
                    ulong p = touched[k];
                    var parent = DefaultNodes.Node(NodeRef(h, p << 1), NodeRef(h, (p << 1) | 1));
                    if (top) WriteRoot(parent);
                    else Write(h + 1, p, parent);
                }
            }
        }
        finally
        {
            if (hashes is not null) ArrayPool<Fr>.Shared.Return(hashes);
            if (children is not null) ArrayPool<Fr>.Shared.Return(children);
        }
    }

    // From a full group of eight on, a level is hashed with Poseidon.HashMany.
    private const int ManyNodes = 8;

    // Shifts each sorted value right and drops repeats in place; returns the new length.
    private static int CompactParents(Span<ulong> sorted, int shift)
    {
        int m = 0;
        for (int k = 0; k < sorted.Length; k++)
        {
            ulong v = sorted[k] >> shift;
            if (m > 0 && sorted[m - 1] == v) continue;
            sorted[m++] = v;
        }
        return m;
    }
}
