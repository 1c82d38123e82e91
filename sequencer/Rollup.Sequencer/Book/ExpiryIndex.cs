using Rollup.Core.Operations;

namespace Rollup.Sequencer.Book;

/// <summary>
/// The live orders by expiry, so a tick finds the expired ones in O(k log n) instead of walking
/// every book (with 100,000 resting orders the walk held the single writer for about 30 ms each
/// second). Orders that leave the books otherwise (filled, cancelled) stay in the heap until they
/// come up, and are skipped then; the heap is rebuilt from the live orders when such dead entries
/// outnumber them, so its size stays within twice the live count.
/// </summary>
internal sealed class ExpiryIndex
{
    private const int MinimumDeadBeforeRebuild = 1024;

    private PriorityQueue<RestingOrder, ulong> _heap = new();
    private int _dead;

    public int Count => _heap.Count;

    public void Add(RestingOrder order) => _heap.Enqueue(order, order.Order.Expiry);

    /// <summary>An order left the books by another way than expiry; <paramref name="live"/> enumerates those still resting, for a rebuild.</summary>
    public void Removed(int liveCount, Func<IEnumerable<RestingOrder>> live)
    {
        _dead++;
        if (_dead <= Math.Max(MinimumDeadBeforeRebuild, liveCount)) return;
        var rebuilt = new PriorityQueue<RestingOrder, ulong>(liveCount);
        foreach (var o in live()) rebuilt.Enqueue(o, o.Order.Expiry);
        _heap = rebuilt;
        _dead = 0;
    }

    /// <summary>Takes out every live order that can no longer fill at <paramref name="now"/> (expiry &lt; now), in book order: series, bids before asks, best first.</summary>
    public List<RestingOrder> TakeExpired(ulong now)
    {
        var expired = new List<RestingOrder>();
        while (_heap.TryPeek(out var order, out ulong expiry) && expiry < now)
        {
            _heap.Dequeue();
            if (order.IsResting) expired.Add(order);
            else _dead--;
        }
        expired.Sort(BookOrder);
        return expired;
    }

    private static int BookOrder(RestingOrder a, RestingOrder b)
    {
        int bySeries = a.Order.SeriesIndex.CompareTo(b.Order.SeriesIndex);
        if (bySeries != 0) return bySeries;
        if (a.Side != b.Side) return a.Side == Side.Buy ? -1 : 1;
        return (a.Side == Side.Buy ? PriceTimeComparer.Bids : PriceTimeComparer.Asks).Compare(a, b);
    }
}
