using Rollup.Core.Operations;

namespace Rollup.Sequencer.Book;

/// <summary>
/// Matches an incoming order against a series' book with price-time priority, executing every
/// fill through core before the book changes, so the book never shows a fill core refused.
/// Policies: the fill price is the maker's limit (core's rule); self-trade prevention cancels
/// the resting order of the same account and matching continues (the incoming order is the
/// trader's latest intent); an expired resting order met on the way is removed; a maker that
/// core refuses is removed and matching continues; a refusal caused by the taker stops.
/// </summary>
public static class Matcher
{
    /// <summary>Whether a post-only order at this limit would take liquidity (ignoring orders that already expired).</summary>
    public static bool WouldCross(OrderBook? book, Side side, ulong limit, ulong now)
    {
        if (book is null) return false;
        foreach (var o in side == Side.Buy ? book.Asks : book.Bids)
        {
            if (!OrderBook.Crosses(side, limit, o.Price)) return false;
            if (!o.IsExpiredAt(now)) return true;
        }
        return false;
    }

    public static MatchResult Match(OrderBooks books, SignedOrder taker, uint quantity, ulong now, IFillExecutor executor)
    {
        var result = new MatchResult { Remaining = quantity };
        var order = taker.Order;
        var book = books.Find(order.SeriesIndex);
        if (book is null) return result;
        while (result.Remaining > 0)
        {
            if (book.BestOpposite(order.Side) is not { } maker || !OrderBook.Crosses(order.Side, order.LimitPrice, maker.Price)) break;
            if (maker.IsExpiredAt(now))
            {
                Drop(books, maker, RemovalReason.Expired, result);
                continue;
            }
            if (maker.AccountId == order.AccountId)
            {
                Drop(books, maker, RemovalReason.SelfTrade, result);
                continue;
            }
            uint q = Math.Min(result.Remaining, maker.Remaining);
            var outcome = executor.Execute(maker.Signed, taker, q);
            if (outcome.Fault == FillFault.Maker)
            {
                Drop(books, maker, RemovalReason.Refused, result);
                continue;
            }
            if (outcome.Fault == FillFault.Taker)
            {
                result.TakerStop = outcome;
                break;
            }
            maker.Remaining -= q;
            result.Remaining -= q;
            result.FilledQuantity += q;
            result.Fills.Add(new Fill(maker.AccountId, maker.OrderId, order.AccountId, order.OrderId, order.SeriesIndex, order.Side, q, maker.Price));
            if (maker.Remaining == 0) books.Remove(maker);
        }
        return result;
    }

    private static void Drop(OrderBooks books, RestingOrder order, RemovalReason reason, MatchResult result)
    {
        books.Remove(order);
        result.Removed.Add(new RemovedOrder(order.AccountId, order.OrderId, order.Series, order.Remaining, reason));
    }
}
