using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Rollup.Core.Fields;

namespace Rollup.Core.Trees;

/// <summary>
/// A binary sparse Merkle tree over Fr with 2^Depth leaves, holding only nodes that differ from
/// the empty-subtree value at their height.
/// <para>
/// Layout (normative; the circuit and the exit verifier must follow it exactly):
/// <list type="bullet">
/// <item>Heights run from 0 (leaves) to <c>Depth</c> (the root). The node at height <c>h</c> with
/// index <c>j</c> (0 &lt;= j &lt; 2^(Depth-h)) covers leaves <c>j·2^h .. (j+1)·2^h - 1</c>; the leaf
/// with index <c>i</c> has ancestor <c>i &gt;&gt; h</c> at height <c>h</c>.</item>
/// <item>An empty leaf is <c>Fr.Zero</c>. A leaf value is stored as is (no hashing of the leaf).</item>
/// <item><c>node(h+1, j) = Poseidon(node(h, 2j), node(h, 2j+1))</c>, circomlib Poseidon with two
/// inputs, left child first.</item>
/// <item>Hence bit <c>h</c> of the leaf index (bit 0 = least significant) selects the side at
/// height <c>h</c>: 0 means the path node is the left input and its sibling the right one;
/// 1 means the sibling is the left input.</item>
/// <item>An empty subtree of height <c>h</c> has root <see cref="DefaultNodes.At"/>(h):
/// <c>d(0) = 0</c>, <c>d(h) = Poseidon(d(h-1), d(h-1))</c>; the empty tree's root is d(Depth).</item>
/// <item>Proof siblings are listed bottom-up: sibling[h] is node(h, (i &gt;&gt; h) xor 1),
/// for h = 0 .. Depth-1.</item>
/// </list>
/// </para>
/// Not thread-safe. Open checkpoints journal every node write so they can be undone.
/// </summary>
public sealed partial class SparseMerkleTree
{
    public const int MaxDepth = 64;

    // levels[h] holds the non-default nodes at height h < Depth; the root is kept apart
    // because it always exists and is read far more often than written.
    private readonly Dictionary<ulong, Fr>[] _levels;
    private Fr _root;

    public SparseMerkleTree(int depth)
    {
        if (depth < 1 || depth > MaxDepth) throw new ArgumentOutOfRangeException(nameof(depth), depth, $"depth must be in 1..{MaxDepth}");
        Depth = depth;
        _levels = new Dictionary<ulong, Fr>[depth];
        for (int h = 0; h < depth; h++) _levels[h] = new Dictionary<ulong, Fr>();
        _root = DefaultNodes.Ref(depth);
    }

    public int Depth { get; }

    public Fr Root => _root;

    /// <summary>The largest valid leaf index, 2^Depth - 1.</summary>
    public ulong MaxIndex => Depth == MaxDepth ? ulong.MaxValue : (1UL << Depth) - 1;

    /// <summary>Number of non-empty leaves.</summary>
    public int LeafCount => _levels[0].Count;

    /// <summary>Number of stored (non-default) nodes below the root, leaves included.</summary>
    public int StoredNodeCount
    {
        get
        {
            int n = 0;
            foreach (var level in _levels) n += level.Count;
            return n;
        }
    }

    public Fr Get(ulong index)
    {
        CheckIndex(index);
        return _levels[0].TryGetValue(index, out var v) ? v : Fr.Zero;
    }

    /// <summary>
    /// Writes one leaf and rehashes its path. The returned record carries the siblings, which
    /// are the same before and after the write, so it witnesses both the old and the new root.
    /// </summary>
    public MerkleUpdate Set(ulong index, in Fr leaf)
    {
        CheckIndex(index);
        var oldRoot = _root;
        var oldLeaf = Node(0, index);
        var siblings = new Fr[Depth];
        if (oldLeaf.Equals(leaf))
        {
            // Nothing changes, but the caller still gets a witness (of a no-op update).
            for (int h = 0; h < siblings.Length; h++) siblings[h] = Node(h, (index >> h) ^ 1);
            return new MerkleUpdate(index, oldLeaf, leaf, siblings, oldRoot, oldRoot);
        }

        var current = leaf;
        for (int h = 0; h < siblings.Length; h++)
        {
            ulong j = index >> h;
            // Read through the array, not the dictionary: Write below may resize the dictionary.
            siblings[h] = NodeRef(h, j ^ 1);
            ref readonly var sibling = ref siblings[h];
            Write(h, j, current);
            current = (j & 1) == 0 ? DefaultNodes.Node(current, sibling) : DefaultNodes.Node(sibling, current);
        }
        WriteRoot(current);
        return new MerkleUpdate(index, oldLeaf, leaf, siblings, oldRoot, current);
    }

    private void CheckIndex(ulong index)
    {
        // Shifting a ulong by 64 is a shift by 0 in C#, so depth 64 needs its own case.
        if (Depth < MaxDepth && (index >> Depth) != 0)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"index must be below 2^{Depth}");
    }

    private Fr Node(int height, ulong index) => NodeRef(height, index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref readonly Fr NodeRef(int height, ulong index)
    {
        ref var stored = ref CollectionsMarshal.GetValueRefOrNullRef(_levels[height], index);
        if (Unsafe.IsNullRef(ref stored)) return ref DefaultNodes.Ref(height);
        return ref stored;
    }

    // Every node write funnels through here so storage stays minimal (defaults are never
    // stored, which makes a zeroed leaf free its path) and the journal sees every change.
    private void Write(int height, ulong index, in Fr value)
    {
        var level = _levels[height];
        if (value.Equals(DefaultNodes.Ref(height)))
        {
            if (level.Remove(index, out var removed) && IsJournaling)
                _journal.Add(new JournalEntry(height, index, removed, existed: true));
            return;
        }
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(level, index, out bool existed);
        if (IsJournaling) _journal.Add(new JournalEntry(height, index, slot, existed));
        slot = value;
    }

    private void WriteRoot(in Fr value)
    {
        if (IsJournaling) _journal.Add(new JournalEntry(Depth, 0, _root, existed: true));
        _root = value;
    }
}
