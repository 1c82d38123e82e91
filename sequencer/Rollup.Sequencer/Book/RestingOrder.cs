using Rollup.Core.Operations;
using Rollup.Core.Signatures;

namespace Rollup.Sequencer.Book;

/// <summary>
/// An order resting in a book: the trader's signed order, what is left of it, and its time
/// priority (the book's arrival counter, which replay reproduces because it only counts
/// orders the log holds).
/// </summary>
public sealed class RestingOrder
{
    // The order and its signature, not the SignedOrder that carried them: one object (about 130
    // bytes) fewer per resting order, and the books hold every one; a fill makes the pair anew.
    private readonly Signature _signature;

    public RestingOrder(SignedOrder signed, uint remaining, long arrival, long sequence = 0)
    {
        Order = signed.Order;
        _signature = signed.Signature;
        Remaining = remaining;
        Arrival = arrival;
        Sequence = sequence;
    }

    /// <summary>The signed order, made anew for each fill that needs it.</summary>
    public SignedOrder Signed => new(Order, _signature);

    public Order Order { get; }

    public uint AccountId => Order.AccountId;

    public uint OrderId => Order.OrderId;

    public ulong Price => Order.LimitPrice;

    public Side Side => Order.Side;

    public uint Remaining { get; internal set; }

    public long Arrival { get; }

    /// <summary>The log sequence of the command that rested the order (0 when rested outside the engine).</summary>
    public long Sequence { get; }

    /// <summary>True from the moment the order rests in a book until it leaves it.</summary>
    public bool IsResting { get; internal set; }

    /// <summary>Core's rule (docs/PROTOCOL.md §7.5): an order can fill while expiry >= now.</summary>
    public bool IsExpiredAt(ulong now) => Order.Expiry < now;

    public override string ToString() => $"{Side} {Remaining}/{Order.Size} @ {Price} (account {AccountId}, order {OrderId})";
}
