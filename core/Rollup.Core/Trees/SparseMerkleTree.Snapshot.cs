using Rollup.Core.Fields;

namespace Rollup.Core.Trees;

public sealed partial class SparseMerkleTree
{
    private SparseMerkleTree(SparseMerkleTree source)
    {
        Depth = source.Depth;
        _levels = new Dictionary<ulong, Fr>[Depth];
        for (int h = 0; h < Depth; h++) _levels[h] = new Dictionary<ulong, Fr>(source._levels[h]);
        _root = source._root;
    }

    /// <summary>
    /// A deep copy of the current state (including changes under open checkpoints); the copy
    /// has no open checkpoints of its own.
    /// </summary>
    public SparseMerkleTree Clone() => new(this);

    /// <summary>The non-empty leaves in ascending index order: the whole state of the tree.</summary>
    public (ulong Index, Fr Leaf)[] ExportLeaves()
    {
        var leaves = _levels[0];
        var indices = new ulong[leaves.Count];
        var values = new Fr[leaves.Count];
        int k = 0;
        foreach (var (index, leaf) in leaves)
        {
            indices[k] = index;
            values[k] = leaf;
            k++;
        }
        Array.Sort(indices, values);
        var result = new (ulong, Fr)[indices.Length];
        for (k = 0; k < result.Length; k++) result[k] = (indices[k], values[k]);
        return result;
    }

    /// <summary>
    /// Rebuilds a tree from its leaves through the batch path (each internal node hashed once).
    /// Zero leaves are allowed and ignored; a repeated index is rejected because a snapshot
    /// never contains one, so it signals corruption.
    /// </summary>
    public static SparseMerkleTree FromLeaves(int depth, IEnumerable<(ulong Index, Fr Leaf)> leaves)
    {
        var tree = new SparseMerkleTree(depth);
        var span = Materialize(leaves);
        foreach (ref readonly var l in span) tree.CheckIndex(l.Index);
        tree.ApplyBatch(span, rejectDuplicates: true);
        return tree;
    }
}
