using Rollup.Core.Operations;

namespace Rollup.Sequencer.Book;

/// <summary>
/// The live orders by expiry, so a tick finds the expired ones in O(k log n) instead of walking
/// every book (with 100,000 resting orders the walk held the single writer for about 30 ms each
/// second). Entries are (store slot, generation), plain values. Orders that leave the books
/// otherwise (filled, cancelled) stay in the heap until they come up, and are skipped then (their
/// generation no longer matches); the heap is rebuilt from the live orders when such dead
/// entries outnumber them, so its size stays within twice the live count.
/// </summary>
internal sealed class ExpiryIndex
{
    private const int MinimumDeadBeforeRebuild = 1024;

    private readonly OrderStore _store;
    private PriorityQueue<(int Slot, uint Generation), ulong> _heap = new();
    private int _dead;

    public ExpiryIndex(OrderStore store) => _store = store;

    public int Count => _heap.Count;

    public void Add(RestingOrder order) => _heap.Enqueue((order.Slot, order.Generation), order.Expiry);

    /// <summary>An order left the books by another way than expiry.</summary>
    public void Removed(int liveCount)
    {
        _dead++;
        if (_dead <= Math.Max(MinimumDeadBeforeRebuild, liveCount)) return;
        var rebuilt = new PriorityQueue<(int Slot, uint Generation), ulong>(liveCount);
        for (int slot = 0; slot < _store.HighWater; slot++)
        {
            ref var s = ref _store[slot];
            if (OrderStore.IsLive(s.Generation)) rebuilt.Enqueue((slot, s.Generation), s.Expiry);
        }
        _heap = rebuilt;
        _dead = 0;
    }

    /// <summary>Takes out every live order that can no longer fill at <paramref name="now"/> (expiry &lt; now), in book order: series, bids before asks, best first.</summary>
    public List<RestingOrder> TakeExpired(ulong now)
    {
        var expired = new List<RestingOrder>();
        while (_heap.TryPeek(out var entry, out ulong expiry) && expiry < now)
        {
            _heap.Dequeue();
            if (_store.IsLive(entry.Slot, entry.Generation)) expired.Add(new RestingOrder(_store, entry.Slot, entry.Generation));
            else _dead--;
        }
        expired.Sort(BookOrder);
        return expired;
    }

    private static int BookOrder(RestingOrder a, RestingOrder b)
    {
        int bySeries = a.Series.CompareTo(b.Series);
        if (bySeries != 0) return bySeries;
        if (a.Side != b.Side) return a.Side == Side.Buy ? -1 : 1;
        int byPrice = a.Price.CompareTo(b.Price);
        if (byPrice != 0) return a.Side == Side.Buy ? -byPrice : byPrice;
        return a.Arrival.CompareTo(b.Arrival);
    }
}
