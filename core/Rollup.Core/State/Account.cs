using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.Core.Hashing;
using Rollup.Core.Trees;

namespace Rollup.Core.State;

/// <summary>
/// An account: L2 key (Baby Jubjub coordinates; (0, 0) = none registered), bound L1 address,
/// nonce, collateral, eight position slots and the order-fill subtree. Its leaf is
/// Poseidon(keyX, keyY, l1Address, nonce, collateral, positionsRoot, fillsRoot).
/// Mutated only by <see cref="RollupState"/> after an operation has passed every check.
/// </summary>
public sealed class Account
{
    private readonly Position[] _positions = new Position[Limits.PositionSlots];
    private readonly Dictionary<uint, FillSlot> _fills = new();
    private readonly SparseMerkleTree _positionsTree;
    private readonly SparseMerkleTree _fillsTree;

    // Deferred hashing (RollupState.DeferHashing): slots whose leaves are not yet in their tree.
    private int _pendingPositions;
    private List<uint>? _pendingFills;

    internal Account(uint id, L1Address address, int fillsDepth)
    {
        Id = id;
        L1Address = address;
        _positionsTree = new SparseMerkleTree(Limits.PositionsDepth);
        _fillsTree = new SparseMerkleTree(fillsDepth);
    }

    public uint Id { get; }
    public Fr PublicKeyX { get; internal set; }
    public Fr PublicKeyY { get; internal set; }
    public L1Address L1Address { get; internal set; }
    public uint Nonce { get; internal set; }
    public ulong Collateral { get; internal set; }

    public bool HasKey => !(PublicKeyX.IsZero && PublicKeyY.IsZero);

    public ReadOnlySpan<Position> Positions => _positions;

    internal SparseMerkleTree PositionsTree
    {
        get
        {
            FlushPendingHashes();
            return _positionsTree;
        }
    }

    internal SparseMerkleTree FillsTree
    {
        get
        {
            FlushPendingHashes();
            return _fillsTree;
        }
    }

    /// <summary>Root of the eight position slots: a field of the account leaf (exit proofs need it).</summary>
    public Fr PositionsRoot => PositionsTree.Root;

    /// <summary>Root of the fill-slot subtree: a field of the account leaf.</summary>
    public Fr FillsRoot => FillsTree.Root;

    public int FillsDepth => _fillsTree.Depth;

    public uint FillSlotIndex(uint orderId) => (uint)(orderId & _fillsTree.MaxIndex);

    public FillSlot GetFillSlot(uint slot) => _fills.TryGetValue(slot, out var f) ? f : default;

    public IEnumerable<KeyValuePair<uint, FillSlot>> FillSlots => _fills;

    /// <summary>The slot that holds the series, or else the lowest empty slot, or -1 when all eight are taken.</summary>
    public int SlotFor(ushort seriesIndex)
    {
        int empty = -1;
        for (int i = 0; i < _positions.Length; i++)
        {
            if (_positions[i].IsEmpty)
            {
                if (empty < 0) empty = i;
            }
            else if (_positions[i].SeriesIndex == seriesIndex)
            {
                return i;
            }
        }
        return empty;
    }

    public Position PositionIn(ushort seriesIndex)
    {
        foreach (var p in _positions)
            if (!p.IsEmpty && p.SeriesIndex == seriesIndex) return p;
        return Position.Empty;
    }

    internal MerkleUpdate SetPosition(int slot, in Position position)
    {
        _positions[slot] = position;
        return PositionsTree.Set((ulong)slot, position.Leaf());
    }

    internal MerkleUpdate SetFill(uint slot, in FillSlot fill)
    {
        StoreFill(slot, fill);
        return FillsTree.Set(slot, fill.Leaf());
    }

    /// <summary>Changes the slot now and hashes it into the positions tree when a root is next read.</summary>
    internal void SetPositionDeferred(int slot, in Position position)
    {
        _positions[slot] = position;
        _pendingPositions |= 1 << slot;
    }

    /// <summary>Changes the fill slot now and hashes it into the fills tree when a root is next read.</summary>
    internal void SetFillDeferred(uint slot, in FillSlot fill)
    {
        StoreFill(slot, fill);
        (_pendingFills ??= new List<uint>(4)).Add(slot);
    }

    internal bool HasPendingHashes => _pendingPositions != 0 || _pendingFills is { Count: > 0 };

    /// <summary>
    /// Hashes the deferred slots into their trees, each leaf from its final value and each
    /// internal node once (SetMany): the same roots as the per-change path.
    /// </summary>
    internal void FlushPendingHashes()
    {
        if (_pendingPositions != 0)
        {
            Span<(ulong, Fr)> leaves = stackalloc (ulong, Fr)[Limits.PositionSlots];
            int n = 0;
            for (int i = 0; i < _positions.Length; i++)
                if ((_pendingPositions & (1 << i)) != 0) leaves[n++] = ((ulong)i, _positions[i].Leaf());
            _pendingPositions = 0;
            _positionsTree.SetMany(leaves[..n]);
        }
        if (_pendingFills is { Count: > 0 })
        {
            var leaves = new (ulong, Fr)[_pendingFills.Count];
            for (int i = 0; i < leaves.Length; i++) leaves[i] = (_pendingFills[i], GetFillSlot(_pendingFills[i]).Leaf());
            _pendingFills.Clear();
            _fillsTree.SetMany(leaves);
        }
    }

    /// <summary>
    /// The deferred position and fill leaves, hashed now and taken out of pending, for a caller
    /// that writes them into <see cref="PendingTrees"/> together with other accounts' (see
    /// <see cref="SparseMerkleTree.SetManyAcross"/>).
    /// </summary>
    internal ((ulong, Fr)[] Positions, (ulong, Fr)[] Fills) TakePendingLeaves()
    {
        var positions = Array.Empty<(ulong, Fr)>();
        if (_pendingPositions != 0)
        {
            positions = new (ulong, Fr)[System.Numerics.BitOperations.PopCount((uint)_pendingPositions)];
            int n = 0;
            for (int i = 0; i < _positions.Length; i++)
                if ((_pendingPositions & (1 << i)) != 0) positions[n++] = ((ulong)i, _positions[i].Leaf());
            _pendingPositions = 0;
        }
        var fills = Array.Empty<(ulong, Fr)>();
        if (_pendingFills is { Count: > 0 })
        {
            fills = new (ulong, Fr)[_pendingFills.Count];
            for (int i = 0; i < fills.Length; i++) fills[i] = (_pendingFills[i], GetFillSlot(_pendingFills[i]).Leaf());
            _pendingFills.Clear();
        }
        return (positions, fills);
    }

    /// <summary>The subtrees as they stand, without flushing pending leaves into them.</summary>
    internal (SparseMerkleTree Positions, SparseMerkleTree Fills) PendingTrees => (_positionsTree, _fillsTree);

    /// <summary>The seven inputs of the account leaf; the subtrees must be up to date.</summary>
    internal void LeafInputs(Span<Fr> inputs)
    {
        inputs[0] = PublicKeyX;
        inputs[1] = PublicKeyY;
        inputs[2] = L1Address.ToField();
        inputs[3] = Fr.FromUInt64(Nonce);
        inputs[4] = Fr.FromUInt64(Collateral);
        inputs[5] = _positionsTree.Root;
        inputs[6] = _fillsTree.Root;
    }

    internal const int LeafInputCount = 7;

    private void StoreFill(uint slot, in FillSlot fill)
    {
        if (fill.IsEmpty) _fills.Remove(slot);
        else _fills[slot] = fill;
    }

    internal void Restore(in Fr keyX, in Fr keyY, uint nonce, ulong collateral, Position[] positions, (uint Slot, FillSlot Fill)[] fills)
    {
        if (positions.Length != Limits.PositionSlots) throw new ArgumentException("an account has exactly 8 position slots", nameof(positions));
        PublicKeyX = keyX;
        PublicKeyY = keyY;
        Nonce = nonce;
        Collateral = collateral;
        var positionLeaves = new (ulong, Fr)[positions.Length];
        for (int i = 0; i < positions.Length; i++)
        {
            _positions[i] = positions[i];
            positionLeaves[i] = ((ulong)i, positions[i].Leaf());
        }
        PositionsTree.SetMany(positionLeaves);
        var fillLeaves = new (ulong, Fr)[fills.Length];
        for (int i = 0; i < fills.Length; i++)
        {
            if (fills[i].Slot > FillsTree.MaxIndex) throw new ArgumentException($"fill slot {fills[i].Slot} does not fit", nameof(fills));
            _fills[fills[i].Slot] = fills[i].Fill;
            fillLeaves[i] = (fills[i].Slot, fills[i].Fill.Leaf());
        }
        FillsTree.SetMany(fillLeaves);
    }

    public static Fr ComputeLeaf(in Fr keyX, in Fr keyY, L1Address address, uint nonce, ulong collateral, in Fr positionsRoot, in Fr fillsRoot) =>
        Poseidon.Hash([keyX, keyY, address.ToField(), Fr.FromUInt64(nonce), Fr.FromUInt64(collateral), positionsRoot, fillsRoot]);

    public Fr Leaf() => ComputeLeaf(PublicKeyX, PublicKeyY, L1Address, Nonce, Collateral, PositionsTree.Root, FillsTree.Root);
}
