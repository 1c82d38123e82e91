using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Rollup.Core.Operations;

namespace Rollup.Sequencer.Book;

/// <summary>
/// Every series' book plus an index of live orders by (account, fill slot). Core keeps one fill
/// slot per orderId mod 2^fillsDepth, so two live orders of one account in the same slot would
/// make the older one stale: the index lets admission refuse that, and serves cancels and
/// cancel-all without scanning books. The orders are plain data in one <see cref="OrderStore"/>,
/// and the indexes hold only value types, so however many orders rest the collector has next
/// to nothing to trace or copy.
/// </summary>
public sealed class OrderBooks
{
    private readonly OrderStore _store = new();
    private readonly Dictionary<ushort, OrderBook> _books = new();
    private readonly Dictionary<(uint Account, uint FillSlot), int> _byFillSlot = new();
    private readonly Dictionary<uint, AccountOrders> _byAccount = new();
    private readonly ExpiryIndex _expiries;
    private readonly uint _slotMask;
    private long _arrivals;

    public OrderBooks(int fillsDepth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fillsDepth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fillsDepth, 32);
        _slotMask = fillsDepth == 32 ? uint.MaxValue : (1u << fillsDepth) - 1;
        _expiries = new ExpiryIndex(_store);
    }

    public int OrderCount => _store.Count;

    /// <summary>Entries of the expiry index, live or left behind by orders that are gone (at most about twice the live count).</summary>
    internal int ExpiryEntries => _expiries.Count;

    /// <summary>Books in series order (deterministic iteration).</summary>
    public IEnumerable<OrderBook> Books => _books.Values.OrderBy(b => b.Series);

    public uint SlotOf(uint orderId) => orderId & _slotMask;

    public OrderBook? Find(ushort series) => _books.GetValueOrDefault(series);

    public OrderBook GetOrCreate(ushort series)
    {
        if (!_books.TryGetValue(series, out var book)) _books[series] = book = new OrderBook(series, _store);
        return book;
    }

    /// <summary>The live order of this account in the order id's fill slot, whatever its id.</summary>
    public RestingOrder? InSlot(uint account, uint orderId) =>
        _byFillSlot.TryGetValue((account, SlotOf(orderId)), out int slot) ? Handle(slot) : null;

    /// <summary>The live order with exactly this id.</summary>
    public RestingOrder? FindOrder(uint account, uint orderId) =>
        InSlot(account, orderId) is { } o && o.OrderId == orderId ? o : null;

    /// <summary>The account's live orders, in arrival order.</summary>
    public IReadOnlyList<RestingOrder> OrdersOf(uint account)
    {
        if (!_byAccount.TryGetValue(account, out var orders)) return [];
        var list = new List<RestingOrder>(orders.Count);
        for (int slot = orders.Head; slot != OrderStore.None; slot = _store[slot].AccountNext) list.Add(Handle(slot));
        return list;
    }

    internal RestingOrder Rest(SignedOrder signed, uint remaining, long sequence = 0)
    {
        var o = signed.Order;
        if (remaining == 0) throw new InvalidOperationException("an order with nothing left cannot rest");
        uint fillSlot = SlotOf(o.OrderId);
        ref int indexed = ref CollectionsMarshal.GetValueRefOrAddDefault(_byFillSlot, (o.AccountId, fillSlot), out bool busy);
        if (busy) throw new InvalidOperationException($"account {o.AccountId} already has a live order in fill slot {fillSlot}");
        int slot = _store.Add(signed, remaining, ++_arrivals, sequence);
        indexed = slot;
        LinkToAccount(o.AccountId, slot);
        var order = Handle(slot);
        GetOrCreate(o.SeriesIndex).Add(order);
        _expiries.Add(order);
        return order;
    }

    internal void Remove(RestingOrder order)
    {
        Unlink(order);
        _expiries.Removed(OrderCount);
    }

    private RestingOrder Handle(int slot) => new(_store, slot, _store[slot].Generation);

    private void LinkToAccount(uint account, int slot)
    {
        ref var orders = ref CollectionsMarshal.GetValueRefOrAddDefault(_byAccount, account, out bool exists);
        if (!exists) orders.Head = slot;
        else
        {
            _store[orders.Tail].AccountNext = slot;
            _store[slot].AccountPrevious = orders.Tail;
        }
        orders.Tail = slot;
        orders.Count++;
    }

    private void UnlinkFromAccount(uint account, int slot)
    {
        ref var orders = ref CollectionsMarshal.GetValueRefOrNullRef(_byAccount, account);
        if (Unsafe.IsNullRef(ref orders)) throw new InvalidOperationException($"account {account} has no live orders");
        ref var s = ref _store[slot];
        if (s.AccountPrevious == OrderStore.None) orders.Head = s.AccountNext;
        else _store[s.AccountPrevious].AccountNext = s.AccountNext;
        if (s.AccountNext == OrderStore.None) orders.Tail = s.AccountPrevious;
        else _store[s.AccountNext].AccountPrevious = s.AccountPrevious;
        s.AccountPrevious = s.AccountNext = OrderStore.None;
        if (--orders.Count == 0) _byAccount.Remove(account);
    }

    private void Unlink(RestingOrder order)
    {
        if (!order.IsResting || !_books.TryGetValue(order.Series, out var book))
            throw new InvalidOperationException($"order {order.OrderId} of account {order.AccountId} is not in the book");
        book.Remove(order);
        _byFillSlot.Remove((order.AccountId, SlotOf(order.OrderId)));
        UnlinkFromAccount(order.AccountId, order.Slot);
        _store.Free(order.Slot);
    }

    /// <summary>Removes every order that can no longer fill at <paramref name="now"/>; returns them in book order.</summary>
    internal List<RestingOrder> RemoveExpired(ulong now)
    {
        var expired = _expiries.TakeExpired(now);
        foreach (var o in expired) Unlink(o);
        return expired;
    }

    /// <summary>Removes a whole series' book (its series expired); returns the orders it held.</summary>
    internal List<RestingOrder> RemoveSeries(ushort series)
    {
        var removed = new List<RestingOrder>();
        if (!_books.TryGetValue(series, out var book)) return removed;
        removed.AddRange(book.Bids);
        removed.AddRange(book.Asks);
        foreach (var o in removed) Remove(o);
        _books.Remove(series);
        return removed;
    }
}
