using Rollup.Core.Operations;

namespace Rollup.Sequencer.Book;

/// <summary>
/// The resting orders' storage: chunks of <see cref="OrderSlot"/> allocated when needed and
/// never moved, so a slot number stays valid and growing copies nothing. Slots of orders that
/// left are reused (last freed first); each use bumps the slot's generation, which makes the
/// handles of the slot's earlier order stale. Only the engine's single writer touches it.
/// </summary>
internal sealed class OrderStore
{
    public const int None = -1;

    private const int ChunkShift = 14;
    private const int ChunkSize = 1 << ChunkShift;
    private const int ChunkMask = ChunkSize - 1;

    private OrderSlot[][] _chunks = new OrderSlot[4][];
    private int _chunkCount;
    private int _used;
    private int _free = None;

    /// <summary>Live orders.</summary>
    public int Count { get; private set; }

    /// <summary>Slots handed out so far, live or free: every live slot is below it.</summary>
    public int HighWater => _used;

    public ref OrderSlot this[int slot] => ref _chunks[slot >> ChunkShift][slot & ChunkMask];

    /// <summary>Stores an order; returns its slot, whose generation is then odd (live).</summary>
    public int Add(SignedOrder signed, uint remaining, long arrival, long sequence)
    {
        int slot = TakeFreeSlot();
        ref var s = ref this[slot];
        var o = signed.Order;
        s.Signature = signed.Signature;
        s.LimitPrice = o.LimitPrice;
        s.Expiry = o.Expiry;
        s.Arrival = arrival;
        s.Sequence = sequence;
        s.AccountId = o.AccountId;
        s.OrderId = o.OrderId;
        s.Size = o.Size;
        s.Remaining = remaining;
        s.Previous = s.Next = s.AccountPrevious = s.AccountNext = None;
        s.SeriesIndex = o.SeriesIndex;
        s.MaxFeeBps = o.MaxFeeBps;
        s.Side = o.Side;
        s.ReduceOnly = o.ReduceOnly;
        s.PostOnly = o.PostOnly;
        s.Generation++;
        Count++;
        return slot;
    }

    /// <summary>Marks the slot's order gone. Its fields stay readable through its handles until the slot is used again.</summary>
    public void Free(int slot)
    {
        ref var s = ref this[slot];
        if (!IsLive(s.Generation)) throw new InvalidOperationException($"slot {slot} holds no live order");
        s.Generation++;
        s.Next = _free;
        _free = slot;
        Count--;
    }

    public bool IsLive(int slot, uint generation) => (uint)slot < (uint)_used && this[slot].Generation == generation;

    public static bool IsLive(uint generation) => (generation & 1) == 1;

    /// <summary>The slot's fields for a handle of <paramref name="generation"/>: while the order rests, or after it left as long as the slot was not reused.</summary>
    public ref OrderSlot Read(int slot, uint generation)
    {
        if ((uint)slot >= (uint)_used) throw new InvalidOperationException($"slot {slot} was never used");
        ref var s = ref this[slot];
        if (unchecked(s.Generation - generation) > 1)
            throw new InvalidOperationException($"the order that was in slot {slot} left the books and its slot holds another order now");
        return ref s;
    }

    private int TakeFreeSlot()
    {
        if (_free != None)
        {
            int slot = _free;
            _free = this[slot].Next;
            return slot;
        }
        if (_used == _chunkCount << ChunkShift) AddChunk();
        return _used++;
    }

    private void AddChunk()
    {
        if (_chunkCount == _chunks.Length) Array.Resize(ref _chunks, _chunks.Length * 2);
        _chunks[_chunkCount++] = new OrderSlot[ChunkSize];
    }
}
