using Rollup.Core.Operations;

namespace Rollup.Sequencer.Book;

/// <summary>
/// A handle on an order resting in a book: its slot in the books' <see cref="OrderStore"/> and
/// the slot's generation when the order came in. The order's fields live in the store, so a
/// resting order costs the collector nothing; <see cref="Order"/> and <see cref="Signed"/> are
/// made on demand. Once the order left the books the handle still reads what it was (as the
/// removal reports need) until its slot holds another order; then reading it throws.
/// Time priority is the books' arrival counter, which replay reproduces because it only
/// counts orders the log holds.
/// </summary>
public readonly struct RestingOrder : IEquatable<RestingOrder>
{
    private readonly OrderStore _store;

    internal RestingOrder(OrderStore store, int slot, uint generation)
    {
        _store = store;
        Slot = slot;
        Generation = generation;
    }

    internal int Slot { get; }

    internal uint Generation { get; }

    /// <summary>The signed order, made anew for each fill that needs it.</summary>
    public SignedOrder Signed => new(Order, Fields.Signature);

    /// <summary>The trader's order, made anew on each call.</summary>
    public Order Order => Fields.ToOrder();

    public uint AccountId => Fields.AccountId;

    public uint OrderId => Fields.OrderId;

    public ushort Series => Fields.SeriesIndex;

    public ulong Price => Fields.LimitPrice;

    public Side Side => Fields.Side;

    public uint Size => Fields.Size;

    public ulong Expiry => Fields.Expiry;

    public uint Remaining
    {
        get => Fields.Remaining;
        internal set
        {
            if (!IsResting) throw new InvalidOperationException($"order {OrderId} of account {AccountId} no longer rests");
            Fields.Remaining = value;
        }
    }

    public long Arrival => Fields.Arrival;

    /// <summary>The log sequence of the command that rested the order (0 when rested outside the engine).</summary>
    public long Sequence => Fields.Sequence;

    /// <summary>True from the moment the order rests in a book until it leaves it.</summary>
    public bool IsResting => _store is not null && _store.IsLive(Slot, Generation);

    /// <summary>Core's rule (docs/PROTOCOL.md §7.5): an order can fill while expiry >= now.</summary>
    public bool IsExpiredAt(ulong now) => Expiry < now;

    private ref OrderSlot Fields => ref (_store ?? throw new InvalidOperationException("an empty order handle")).Read(Slot, Generation);

    public bool Equals(RestingOrder other) => ReferenceEquals(_store, other._store) && Slot == other.Slot && Generation == other.Generation;

    public override bool Equals(object? obj) => obj is RestingOrder other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Slot, Generation);

    public static bool operator ==(RestingOrder left, RestingOrder right) => left.Equals(right);

    public static bool operator !=(RestingOrder left, RestingOrder right) => !left.Equals(right);

    public override string ToString() => _store is null ? "(no order)" : $"{Side} {Remaining}/{Size} @ {Price} (account {AccountId}, order {OrderId})";
}
