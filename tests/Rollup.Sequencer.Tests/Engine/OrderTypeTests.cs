using Rollup.Core.Operations;
using Rollup.Core.State;
using Rollup.Sequencer.Book;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Engine.Commands;
using static Rollup.Sequencer.Tests.Engine.EngineHarness;

namespace Rollup.Sequencer.Tests.Engine;

public class OrderTypeTests
{
    [Fact]
    public async Task Crossing_limit_orders_fill_through_core_at_the_maker_price_with_fees()
    {
        await using var h = await StartAsync();
        var s = await h.StandardMarketAsync();
        var seller = await h.NewTraderAsync("seller", 50_000);
        var buyer = await h.NewTraderAsync("buyer", 50_000);

        var ask = Must(await h.SubmitAsync(h.Order(seller, s, Side.Sell, 2_000, 1_000)));
        var take = Must(await h.SubmitAsync(h.Order(buyer, s, Side.Buy, 2_100, 400)));

        Assert.Equal(1_000u, ask.Resting);
        var fill = Assert.Single(take.Fills);
        Assert.Equal((seller.Id, 400u, 2_000 * Usd), (fill.MakerAccount, fill.Quantity, fill.Price));
        Assert.Equal(take.Sequence, ask.Sequence + 1);
        Assert.Equal(400, await h.PositionAsync(buyer, s));
        Assert.Equal(-400, await h.PositionAsync(seller, s));
        ulong cash = 400 * 2_000 * Usd / 1000;
        Assert.Equal(50_000 * Usd - cash - cash * 5 / 10_000, await h.CollateralAsync(buyer.Id));
        Assert.Equal(50_000 * Usd + cash - cash * 2 / 10_000, await h.CollateralAsync(seller.Id));
        Assert.Equal(cash * 7 / 10_000, await h.CollateralAsync(Limits.FeeAccountId));
        Assert.Equal(600u, await h.Engine.ReadAsync(v => v.Books.FindOrder(seller.Id, 1)!.Value.Remaining));
    }

    [Fact]
    public async Task Post_only_order_that_would_cross_is_refused_and_one_that_does_not_rests()
    {
        await using var h = await StartAsync();
        var s = await h.StandardMarketAsync();
        var seller = await h.NewTraderAsync("seller", 50_000);
        var buyer = await h.NewTraderAsync("buyer", 50_000);
        Must(await h.SubmitAsync(h.Order(seller, s, Side.Sell, 2_000, 1_000)));

        await EngineAssert.RefusedWithoutChangeAsync(h, CommandError.WouldCross, () => h.SubmitAsync(h.Order(buyer, s, Side.Buy, 2_000, 100, postOnly: true)));
        var rested = Must(await h.SubmitAsync(h.Order(buyer, s, Side.Buy, 1_900, 100, postOnly: true)));

        Assert.Equal(100u, rested.Resting);
        Assert.Empty(rested.Fills);
    }

    [Fact]
    public async Task Ioc_remainder_is_dropped_and_ioc_without_liquidity_is_refused_unlogged()
    {
        await using var h = await StartAsync();
        var s = await h.StandardMarketAsync();
        var seller = await h.NewTraderAsync("seller", 50_000);
        var buyer = await h.NewTraderAsync("buyer", 50_000);
        Must(await h.SubmitAsync(h.Order(seller, s, Side.Sell, 2_000, 300)));

        var ioc = Must(await h.SubmitAsync(h.Order(buyer, s, Side.Buy, 2_000, 1_000), TimeInForce.ImmediateOrCancel));

        Assert.Equal((300UL, 0u, 700u), ((ulong)ioc.Fills.Sum(f => f.Quantity), ioc.Resting, ioc.Dropped));
        Assert.Equal(0, await h.Engine.ReadAsync(v => v.Books.OrderCount));
        await EngineAssert.RefusedWithoutChangeAsync(h, CommandError.NoLiquidity,
            () => h.SubmitAsync(h.Order(buyer, s, Side.Buy, 2_000, 1_000), TimeInForce.ImmediateOrCancel));
    }

    [Fact]
    public async Task Reduce_only_is_refused_without_a_position_and_rests_only_up_to_the_position()
    {
        await using var h = await StartAsync();
        var s = await h.StandardMarketAsync();
        var seller = await h.NewTraderAsync("seller", 50_000);
        var buyer = await h.NewTraderAsync("buyer", 50_000);

        await EngineAssert.RefusedWithoutChangeAsync(h, CommandError.ReduceOnly, () => h.SubmitAsync(h.Order(buyer, s, Side.Sell, 2_000, 100, reduceOnly: true)));
        Must(await h.SubmitAsync(h.Order(seller, s, Side.Sell, 2_000, 300)));
        Must(await h.SubmitAsync(h.Order(buyer, s, Side.Buy, 2_000, 300)));
        var close = Must(await h.SubmitAsync(h.Order(buyer, s, Side.Sell, 2_500, 1_000, reduceOnly: true)));

        Assert.Equal((300u, 700u), (close.Resting, close.Dropped));
    }

    [Fact]
    public async Task Self_trade_prevention_cancels_the_resting_order_and_the_id_cannot_be_resubmitted()
    {
        await using var h = await StartAsync();
        var s = await h.StandardMarketAsync();
        var trader = await h.NewTraderAsync("trader", 50_000);
        var other = await h.NewTraderAsync("other", 50_000);
        var ownAsk = h.Order(trader, s, Side.Sell, 2_000, 500);
        Must(await h.SubmitAsync(ownAsk));
        Must(await h.SubmitAsync(h.Order(other, s, Side.Sell, 2_050, 500)));

        var bid = Must(await h.SubmitAsync(h.Order(trader, s, Side.Buy, 2_100, 500)));

        var removed = Assert.Single(bid.Removed);
        Assert.Equal((trader.Id, ownAsk.Order.OrderId, RemovalReason.SelfTrade), (removed.AccountId, removed.OrderId, removed.Reason));
        Assert.Equal(other.Id, Assert.Single(bid.Fills).MakerAccount);
        await EngineAssert.RefusedWithoutChangeAsync(h, CommandError.OrderIdUsed, () => h.SubmitAsync(ownAsk));
    }

    [Fact]
    public async Task Expired_resting_orders_leave_the_book_on_tick()
    {
        await using var h = await StartAsync();
        var s = await h.StandardMarketAsync();
        var seller = await h.NewTraderAsync("seller", 50_000);
        var shortLived = h.Order(seller, s, Side.Sell, 2_000, 500, expiry: h.NowSeconds + 10);
        Must(await h.SubmitAsync(shortLived));
        Must(await h.SubmitAsync(h.Order(seller, s, Side.Sell, 2_100, 500)));

        h.Clock.AdvanceSeconds(11);
        var tick = Must(await h.Engine.TickAsync());

        var removed = Assert.Single(tick.Removed);
        Assert.Equal((shortLived.Order.OrderId, RemovalReason.Expired), (removed.OrderId, removed.Reason));
        Assert.True(tick.Sequence > 0);
        var quiet = Must(await h.Engine.TickAsync());
        Assert.Equal(0, quiet.Sequence);
    }

    [Fact]
    public async Task Cancel_removes_the_order_marks_its_fill_slot_and_the_id_cannot_be_reused()
    {
        await using var h = await StartAsync();
        var s = await h.StandardMarketAsync();
        var seller = await h.NewTraderAsync("seller", 50_000);
        var ask = h.Order(seller, s, Side.Sell, 2_000, 500);
        Must(await h.SubmitAsync(ask));

        var cancel = Must(await h.Engine.CancelAsync(h.Cancel(seller, ask.Order.OrderId)));

        Assert.Equal(RemovalReason.Cancelled, Assert.Single(cancel.Removed).Reason);
        var slot = await h.Engine.ReadAsync(v => v.State.GetAccount(seller.Id)!.GetFillSlot(ask.Order.OrderId % 64));
        Assert.Equal(new FillSlot(ask.Order.OrderId, Limits.CancelledFill), slot);
        await EngineAssert.RefusedWithoutChangeAsync(h, CommandError.OrderIdUsed, () => h.SubmitAsync(ask));
        await EngineAssert.RefusedWithoutChangeAsync(h, CommandError.Rejected, () => h.Engine.CancelAsync(h.Cancel(seller, ask.Order.OrderId)));
    }

    [Fact]
    public async Task Cancel_all_cancels_each_listed_order_of_the_account()
    {
        await using var h = await StartAsync();
        var s = await h.StandardMarketAsync();
        var seller = await h.NewTraderAsync("seller", 50_000);
        var a = h.Order(seller, s, Side.Sell, 2_000, 500);
        var b = h.Order(seller, s, Side.Sell, 2_100, 500);
        Must(await h.SubmitAsync(a));
        Must(await h.SubmitAsync(b));

        var all = Must(await h.Engine.CancelAllAsync(seller.Id, [h.Cancel(seller, a.Order.OrderId), h.Cancel(seller, b.Order.OrderId)]));

        Assert.Equal([a.Order.OrderId, b.Order.OrderId], all.Removed.Select(r => r.OrderId));
        Assert.Equal(0, await h.Engine.ReadAsync(v => v.Books.OrderCount));
    }

    [Fact]
    public async Task Maker_that_core_refuses_for_margin_is_dropped_and_the_next_maker_fills()
    {
        await using var h = await StartAsync();
        var s = await h.StandardMarketAsync();
        var weak = await h.NewTraderAsync("weak", 15_000);
        var strong = await h.NewTraderAsync("strong", 50_000);
        var buyer = await h.NewTraderAsync("buyer", 50_000);
        Must(await h.SubmitAsync(h.Order(weak, s, Side.Sell, 2_000, 1_000)));
        Must(await h.SubmitAsync(h.Order(strong, s, Side.Sell, 2_000, 1_000)));
        // No positions yet, so nothing stops the withdrawal; the resting short is now uncovered.
        Must(await h.Engine.WithdrawAsync(await h.WithdrawAsync(weak, 10_000 * Usd)));

        var take = Must(await h.SubmitAsync(h.Order(buyer, s, Side.Buy, 2_000, 1_000)));

        var dropped = Assert.Single(take.Removed);
        Assert.Equal((weak.Id, RemovalReason.Refused), (dropped.AccountId, dropped.Reason));
        Assert.Equal(strong.Id, Assert.Single(take.Fills).MakerAccount);
        Assert.Equal(0, await h.PositionAsync(weak, s));
    }
}
