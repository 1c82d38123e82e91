using Rollup.Core.Operations;

namespace Rollup.Sequencer.Book;

/// <summary>
/// The resting orders of one series with price-time priority. Only the engine's single writer
/// touches it, so it takes no locks.
/// </summary>
public sealed class OrderBook
{
    private readonly SortedSet<RestingOrder> _bids = new(PriceTimeComparer.Bids);
    private readonly SortedSet<RestingOrder> _asks = new(PriceTimeComparer.Asks);

    public OrderBook(ushort series) => Series = series;

    public ushort Series { get; }

    public int Count => _bids.Count + _asks.Count;

    public IReadOnlyCollection<RestingOrder> Bids => _bids;

    public IReadOnlyCollection<RestingOrder> Asks => _asks;

    public RestingOrder? BestBid => _bids.Count == 0 ? null : _bids.Min;

    public RestingOrder? BestAsk => _asks.Count == 0 ? null : _asks.Min;

    /// <summary>The best order a taker on <paramref name="takerSide"/> would meet.</summary>
    public RestingOrder? BestOpposite(Side takerSide) => takerSide == Side.Buy ? BestAsk : BestBid;

    /// <summary>True when a taker at this limit would trade with the resting order.</summary>
    public static bool Crosses(Side takerSide, ulong takerLimit, ulong restingPrice) =>
        takerSide == Side.Buy ? takerLimit >= restingPrice : takerLimit <= restingPrice;

    internal void Add(RestingOrder order)
    {
        if (order.Remaining == 0) throw new InvalidOperationException("an order with nothing left cannot rest");
        var added = (order.Side == Side.Buy ? _bids : _asks).Add(order);
        if (!added) throw new InvalidOperationException($"order {order.OrderId} of account {order.AccountId} already rests");
    }

    internal bool Remove(RestingOrder order) => (order.Side == Side.Buy ? _bids : _asks).Remove(order);

    /// <summary>Depth per price level, best first, at most <paramref name="levels"/> per side.</summary>
    public (IReadOnlyList<BookLevel> Bids, IReadOnlyList<BookLevel> Asks) Depth(int levels) => (Aggregate(_bids, levels), Aggregate(_asks, levels));

    private static List<BookLevel> Aggregate(SortedSet<RestingOrder> side, int levels)
    {
        var result = new List<BookLevel>(Math.Min(levels, 16));
        foreach (var o in side)
        {
            if (result.Count > 0 && result[^1].Price == o.Price)
            {
                var last = result[^1];
                result[^1] = last with { Quantity = last.Quantity + o.Remaining, Orders = last.Orders + 1 };
                continue;
            }
            if (result.Count == levels) break;
            result.Add(new BookLevel(o.Price, o.Remaining, 1));
        }
        return result;
    }
}
