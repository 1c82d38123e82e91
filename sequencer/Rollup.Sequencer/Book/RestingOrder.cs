using Rollup.Core.Operations;

namespace Rollup.Sequencer.Book;

/// <summary>
/// An order resting in a book: the trader's signed order, what is left of it, and its time
/// priority (the book's arrival counter, which replay reproduces because it only counts
/// orders the log holds).
/// </summary>
public sealed class RestingOrder
{
    public RestingOrder(SignedOrder signed, uint remaining, long arrival, long sequence = 0)
    {
        Signed = signed;
        Remaining = remaining;
        Arrival = arrival;
        Sequence = sequence;
    }

    public SignedOrder Signed { get; }

    public Order Order => Signed.Order;

    public uint AccountId => Signed.Order.AccountId;

    public uint OrderId => Signed.Order.OrderId;

    public ulong Price => Signed.Order.LimitPrice;

    public Side Side => Signed.Order.Side;

    public uint Remaining { get; internal set; }

    public long Arrival { get; }

    /// <summary>The log sequence of the command that rested the order (0 when rested outside the engine).</summary>
    public long Sequence { get; }

    /// <summary>True from the moment the order rests in a book until it leaves it.</summary>
    public bool IsResting { get; internal set; }

    /// <summary>Core's rule (docs/PROTOCOL.md §7.5): an order can fill while expiry >= now.</summary>
    public bool IsExpiredAt(ulong now) => Signed.Order.Expiry < now;

    public override string ToString() => $"{Side} {Remaining}/{Order.Size} @ {Price} (account {AccountId}, order {OrderId})";
}
