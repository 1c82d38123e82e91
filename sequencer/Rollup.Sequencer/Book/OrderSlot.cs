using Rollup.Core.Operations;
using Rollup.Core.Signatures;

namespace Rollup.Sequencer.Book;

/// <summary>
/// One resting order as plain data in an <see cref="OrderStore"/>: the signed order's fields,
/// its state in the books and its links. No references, so the collector never traces the
/// books' orders. <see cref="Generation"/> is odd while the order rests, even once it left.
/// </summary>
internal struct OrderSlot
{
    public Signature Signature;
    public ulong LimitPrice;
    public ulong Expiry;
    public long Arrival;
    public long Sequence;
    public uint AccountId;
    public uint OrderId;
    public uint Size;
    public uint Remaining;
    public uint Generation;
    /// <summary>Neighbours in arrival order at the same price (or the next free slot once freed); <see cref="OrderStore.None"/> at the ends.</summary>
    public int Previous;
    public int Next;
    /// <summary>Neighbours in arrival order among the same account's live orders.</summary>
    public int AccountPrevious;
    public int AccountNext;
    public ushort SeriesIndex;
    public ushort MaxFeeBps;
    public Side Side;
    public bool ReduceOnly;
    public bool PostOnly;

    public readonly Order ToOrder() => new(AccountId, OrderId, SeriesIndex, Side, LimitPrice, Size, Expiry, MaxFeeBps, ReduceOnly, PostOnly);
}
