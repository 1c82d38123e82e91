using Rollup.Core.Operations;

namespace Rollup.Sequencer.Book;

/// <summary>
/// The resting orders of one series with price-time priority. The orders themselves live in
/// the books' <see cref="OrderStore"/>; the book only chains them. Only the engine's single
/// writer touches it, so it takes no locks.
/// </summary>
public sealed class OrderBook
{
    private readonly BookSide _bids;
    private readonly BookSide _asks;

    internal OrderBook(ushort series, OrderStore store)
    {
        Series = series;
        _bids = new BookSide(store, Side.Buy);
        _asks = new BookSide(store, Side.Sell);
    }

    public ushort Series { get; }

    public int Count => _bids.Count + _asks.Count;

    /// <summary>Best price first, then arrival order.</summary>
    public IReadOnlyCollection<RestingOrder> Bids => _bids;

    /// <summary>Best price first, then arrival order.</summary>
    public IReadOnlyCollection<RestingOrder> Asks => _asks;

    public RestingOrder? BestBid => _bids.Best;

    public RestingOrder? BestAsk => _asks.Best;

    /// <summary>The best order a taker on <paramref name="takerSide"/> would meet.</summary>
    public RestingOrder? BestOpposite(Side takerSide) => takerSide == Side.Buy ? BestAsk : BestBid;

    /// <summary>True when a taker at this limit would trade with the resting order.</summary>
    public static bool Crosses(Side takerSide, ulong takerLimit, ulong restingPrice) =>
        takerSide == Side.Buy ? takerLimit >= restingPrice : takerLimit <= restingPrice;

    internal void Add(RestingOrder order)
    {
        if (order.Remaining == 0) throw new InvalidOperationException("an order with nothing left cannot rest");
        SideOf(order.Side).Add(order.Slot);
    }

    internal void Remove(RestingOrder order) => SideOf(order.Side).Remove(order.Slot);

    private BookSide SideOf(Side side) => side == Side.Buy ? _bids : _asks;

    /// <summary>Depth per price level, best first, at most <paramref name="levels"/> per side.</summary>
    public (IReadOnlyList<BookLevel> Bids, IReadOnlyList<BookLevel> Asks) Depth(int levels) => (Aggregate(_bids, levels), Aggregate(_asks, levels));

    private static List<BookLevel> Aggregate(BookSide side, int levels)
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
