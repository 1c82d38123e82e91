using Rollup.Core.Operations;
using Rollup.Sequencer.Book;
using static Rollup.Sequencer.Tests.Book.ScriptedExecutor;

namespace Rollup.Sequencer.Tests.Book;

public class MatcherTests
{
    private const ulong Now = 1_000;
    private readonly OrderBooks _books = new(fillsDepth: 6);
    private readonly ScriptedExecutor _core = new();

    private RestingOrder Rest(SignedOrder o) => _books.Rest(o, o.Order.Size);

    [Fact]
    public void Taker_meets_best_price_first_then_earlier_arrival_at_equal_price()
    {
        Rest(Order(10, 1, Side.Sell, 2100, 1000));
        Rest(Order(11, 1, Side.Sell, 2000, 1000));
        Rest(Order(12, 1, Side.Sell, 2100, 1000));

        var r = Matcher.Match(_books, Order(20, 1, Side.Buy, 2100, 2500), 2500, Now, _core);

        Assert.Equal([(11u, 2000UL, 1000u), (10u, 2100UL, 1000u), (12u, 2100UL, 500u)], r.Fills.Select(f => (f.MakerAccount, f.Price, f.Quantity)));
        Assert.Equal(0u, r.Remaining);
        var left = Assert.Single(_books.Find(0)!.Asks);
        Assert.Equal((12u, 500u), (left.AccountId, left.Remaining));
    }

    [Fact]
    public void Taker_stops_at_its_limit_and_reports_the_remainder()
    {
        Rest(Order(10, 1, Side.Buy, 1900, 1000));
        Rest(Order(11, 1, Side.Buy, 1800, 1000));

        var r = Matcher.Match(_books, Order(20, 1, Side.Sell, 1850, 3000), 3000, Now, _core);

        Assert.Equal(1000UL, r.FilledQuantity);
        Assert.Equal(2000u, r.Remaining);
        Assert.Equal(1800UL, Assert.Single(_books.Find(0)!.Bids).Price);
    }

    [Fact]
    public void Partial_fill_leaves_the_maker_resting_with_the_rest_at_its_priority()
    {
        var maker = Rest(Order(10, 1, Side.Sell, 2000, 1000));
        Rest(Order(11, 1, Side.Sell, 2000, 1000));

        Matcher.Match(_books, Order(20, 1, Side.Buy, 2000, 400), 400, Now, _core);

        Assert.Equal(600u, maker.Remaining);
        Assert.Equal(maker, _books.Find(0)!.BestAsk);
    }

    [Fact]
    public void Self_trade_prevention_cancels_the_resting_order_of_the_same_account_and_continues()
    {
        Rest(Order(20, 1, Side.Sell, 2000, 1000));
        Rest(Order(10, 1, Side.Sell, 2050, 1000));

        var r = Matcher.Match(_books, Order(20, 2, Side.Buy, 2100, 1000), 1000, Now, _core);

        var removed = Assert.Single(r.Removed);
        Assert.Equal((20u, 1u, RemovalReason.SelfTrade), (removed.AccountId, removed.OrderId, removed.Reason));
        Assert.Equal(10u, Assert.Single(r.Fills).MakerAccount);
        Assert.DoesNotContain(_core.Calls, c => c.Maker == c.Taker);
        Assert.Null(_books.FindOrder(20, 1));
    }

    [Fact]
    public void Expired_resting_order_met_while_matching_is_removed_not_filled()
    {
        Rest(Order(10, 1, Side.Sell, 2000, 1000, expiry: Now - 1));
        Rest(Order(11, 1, Side.Sell, 2000, 1000, expiry: Now));

        var r = Matcher.Match(_books, Order(20, 1, Side.Buy, 2000, 1000), 1000, Now, _core);

        Assert.Equal(RemovalReason.Expired, Assert.Single(r.Removed).Reason);
        Assert.Equal(11u, Assert.Single(r.Fills).MakerAccount);
    }

    [Fact]
    public void Maker_refused_by_core_is_dropped_and_matching_continues_with_the_next()
    {
        Rest(Order(10, 1, Side.Sell, 2000, 1000));
        Rest(Order(11, 1, Side.Sell, 2000, 1000));
        _core.RefusedMakerAccounts.Add(10);

        var r = Matcher.Match(_books, Order(20, 1, Side.Buy, 2000, 1000), 1000, Now, _core);

        Assert.Equal((10u, RemovalReason.Refused), (Assert.Single(r.Removed).AccountId, r.Removed[0].Reason));
        Assert.Equal(11u, Assert.Single(r.Fills).MakerAccount);
        Assert.Equal(0, _books.OrderCount);
    }

    [Fact]
    public void Taker_refused_by_core_stops_matching_and_leaves_the_maker_in_place()
    {
        var maker = Rest(Order(10, 1, Side.Sell, 2000, 1000));
        _core.RefusedTakerAccounts.Add(20);

        var r = Matcher.Match(_books, Order(20, 1, Side.Buy, 2000, 1000), 1000, Now, _core);

        Assert.Equal(FillFault.Taker, r.TakerStop.Fault);
        Assert.Empty(r.Fills);
        Assert.Equal(1000u, maker.Remaining);
        Assert.Equal(maker, _books.Find(0)!.BestAsk);
    }

    [Fact]
    public void Would_cross_ignores_expired_orders_and_non_crossing_prices()
    {
        Rest(Order(10, 1, Side.Sell, 2000, 1000, expiry: Now - 1));
        Rest(Order(11, 1, Side.Sell, 2100, 1000));
        var book = _books.Find(0);

        Assert.False(Matcher.WouldCross(book, Side.Buy, 2050, Now));
        Assert.True(Matcher.WouldCross(book, Side.Buy, 2100, Now));
        Assert.False(Matcher.WouldCross(null, Side.Buy, 2100, Now));
    }

    [Fact]
    public void Order_index_refuses_a_second_live_order_in_the_same_fill_slot()
    {
        Rest(Order(10, 5, Side.Sell, 2000, 1000));

        Assert.Throws<InvalidOperationException>(() => Rest(Order(10, 5 + 64, Side.Sell, 2100, 1000)));
        Assert.Equal(5u, _books.InSlot(10, 5 + 64)!.Value.OrderId);
        Assert.Null(_books.FindOrder(10, 5 + 64));
    }

    [Fact]
    public void Depth_aggregates_orders_per_price_best_first()
    {
        Rest(Order(10, 1, Side.Buy, 1900, 1000));
        Rest(Order(11, 1, Side.Buy, 1900, 500));
        Rest(Order(12, 1, Side.Buy, 1800, 700));
        Rest(Order(13, 1, Side.Sell, 2000, 300));

        var (bids, asks) = _books.Find(0)!.Depth(10);

        Assert.Equal([new BookLevel(1900, 1500, 2), new BookLevel(1800, 700, 1)], bids);
        Assert.Equal([new BookLevel(2000, 300, 1)], asks);
    }
}
