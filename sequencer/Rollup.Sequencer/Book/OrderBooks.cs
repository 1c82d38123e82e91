namespace Rollup.Sequencer.Book;

/// <summary>
/// Every series' book plus an index of live orders by (account, fill slot). Core keeps one fill
/// slot per orderId mod 2^fillsDepth, so two live orders of one account in the same slot would
/// make the older one stale: the index lets admission refuse that, and serves cancels and
/// cancel-all without scanning books.
/// </summary>
public sealed class OrderBooks
{
    private readonly Dictionary<ushort, OrderBook> _books = new();
    private readonly Dictionary<uint, Dictionary<uint, RestingOrder>> _byAccount = new();
    private readonly ExpiryIndex _expiries = new();
    private readonly uint _slotMask;
    private long _arrivals;

    public OrderBooks(int fillsDepth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fillsDepth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fillsDepth, 32);
        _slotMask = fillsDepth == 32 ? uint.MaxValue : (1u << fillsDepth) - 1;
    }

    public int OrderCount { get; private set; }

    /// <summary>Entries of the expiry index, live or left behind by orders that are gone (at most about twice the live count).</summary>
    internal int ExpiryEntries => _expiries.Count;

    /// <summary>Books in series order (deterministic iteration).</summary>
    public IEnumerable<OrderBook> Books => _books.Values.OrderBy(b => b.Series);

    public uint SlotOf(uint orderId) => orderId & _slotMask;

    public OrderBook? Find(ushort series) => _books.GetValueOrDefault(series);

    public OrderBook GetOrCreate(ushort series)
    {
        if (!_books.TryGetValue(series, out var book)) _books[series] = book = new OrderBook(series);
        return book;
    }

    /// <summary>The live order of this account in the order id's fill slot, whatever its id.</summary>
    public RestingOrder? InSlot(uint account, uint orderId) =>
        _byAccount.TryGetValue(account, out var orders) ? orders.GetValueOrDefault(SlotOf(orderId)) : null;

    /// <summary>The live order with exactly this id.</summary>
    public RestingOrder? FindOrder(uint account, uint orderId) =>
        InSlot(account, orderId) is { } o && o.OrderId == orderId ? o : null;

    /// <summary>The account's live orders, in arrival order.</summary>
    public IReadOnlyList<RestingOrder> OrdersOf(uint account)
    {
        if (!_byAccount.TryGetValue(account, out var orders)) return [];
        var list = new List<RestingOrder>(orders.Values);
        list.Sort((a, b) => a.Arrival.CompareTo(b.Arrival));
        return list;
    }

    internal RestingOrder Rest(Core.Operations.SignedOrder signed, uint remaining, long sequence = 0)
    {
        var order = new RestingOrder(signed, remaining, ++_arrivals, sequence);
        if (!_byAccount.TryGetValue(order.AccountId, out var orders)) _byAccount[order.AccountId] = orders = new Dictionary<uint, RestingOrder>();
        uint slot = SlotOf(order.OrderId);
        if (!orders.TryAdd(slot, order)) throw new InvalidOperationException($"account {order.AccountId} already has a live order in fill slot {slot}");
        GetOrCreate(order.Order.SeriesIndex).Add(order);
        order.IsResting = true;
        _expiries.Add(order);
        OrderCount++;
        return order;
    }

    internal void Remove(RestingOrder order)
    {
        Unlink(order);
        _expiries.Removed(OrderCount, LiveOrders);
    }

    private void Unlink(RestingOrder order)
    {
        if (!_books.TryGetValue(order.Order.SeriesIndex, out var book) || !book.Remove(order))
            throw new InvalidOperationException($"order {order.OrderId} of account {order.AccountId} is not in the book");
        var orders = _byAccount[order.AccountId];
        orders.Remove(SlotOf(order.OrderId));
        if (orders.Count == 0) _byAccount.Remove(order.AccountId);
        order.IsResting = false;
        OrderCount--;
    }

    private IEnumerable<RestingOrder> LiveOrders()
    {
        foreach (var orders in _byAccount.Values)
            foreach (var o in orders.Values) yield return o;
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
