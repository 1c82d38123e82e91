using Rollup.Core.Operations;
using Rollup.Core.State;
using Rollup.Sequencer.Book;
using Rollup.Sequencer.Tests.Engine;
using static Rollup.Sequencer.Tests.Engine.EngineHarness;

namespace Rollup.Sequencer.Tests.Risk;

public class RiskTests
{
    [Fact]
    public async Task Index_move_below_maintenance_liquidates_the_short_to_the_liquidator_at_the_penalty_price()
    {
        await using var h = await StartAsync(withLiquidator: true);
        var s = await h.StandardMarketAsync();
        var victim = await h.NewTraderAsync("victim", 20_000);
        var buyer = await h.NewTraderAsync("buyer", 50_000);
        Must(await h.SubmitAsync(h.Order(victim, s, Side.Sell, 2_000, 1_000)));
        Must(await h.SubmitAsync(h.Order(buyer, s, Side.Buy, 2_000, 1_000)));
        Must(await h.SubmitAsync(h.Order(victim, s, Side.Sell, 5_000, 100)));
        ulong before = await h.CollateralAsync(victim.Id);
        h.Clock.AdvanceSeconds(5);

        // docs/PROTOCOL.md §6.1: at S = 125,000 equity 22,000 - 15,000 is below maintenance 9,375 + 2,000.
        var r = Must(await h.PostPriceAsync(125_000));

        Assert.Equal(0, await h.PositionAsync(victim, s));
        Assert.Equal(-1_000, await h.Engine.ReadAsync(v => v.State.GetAccount(LiquidatorId)!.PositionIn(s).Quantity));
        Assert.Equal(before - 18_125 * Usd, await h.CollateralAsync(victim.Id));
        Assert.Equal(1_000, await h.PositionAsync(buyer, s));
        var removed = Assert.Single(r.Removed);
        Assert.Equal((victim.Id, RemovalReason.Liquidated), (removed.AccountId, removed.Reason));
        Assert.Equal(1u, await h.Engine.ReadAsync(v => v.State.GetAccount(LiquidatorId)!.Nonce));
    }

    [Fact]
    public async Task Index_move_that_keeps_everyone_above_maintenance_liquidates_nobody()
    {
        await using var h = await StartAsync(withLiquidator: true);
        var s = await h.StandardMarketAsync();
        var seller = await h.NewTraderAsync("seller", 20_000);
        var buyer = await h.NewTraderAsync("buyer", 50_000);
        Must(await h.SubmitAsync(h.Order(seller, s, Side.Sell, 2_000, 1_000)));
        Must(await h.SubmitAsync(h.Order(buyer, s, Side.Buy, 2_000, 1_000)));
        h.Clock.AdvanceSeconds(5);

        Must(await h.PostPriceAsync(105_000));

        Assert.Equal(-1_000, await h.PositionAsync(seller, s));
        Assert.Equal(0u, await h.Engine.ReadAsync(v => v.State.GetAccount(LiquidatorId)!.Nonce));
    }

    [Fact]
    public async Task Settlement_price_settles_shorts_then_longs_and_drops_the_series_books()
    {
        await using var h = await StartAsync();
        var s = await h.ListAsync(110_000, day: Day0 + 1);
        Must(await h.PostPriceAsync(100_000));
        var seller = await h.NewTraderAsync("seller", 30_000);
        var buyer = await h.NewTraderAsync("buyer", 30_000);
        Must(await h.SubmitAsync(h.Order(seller, s, Side.Sell, 2_000, 1_000)));
        Must(await h.SubmitAsync(h.Order(buyer, s, Side.Buy, 2_000, 1_000)));
        Must(await h.SubmitAsync(h.Order(seller, s, Side.Sell, 3_000, 500, expiry: SeriesTerms.ExpiryOfDay(Day0 + 1))));
        ulong sellerBefore = await h.CollateralAsync(seller.Id), buyerBefore = await h.CollateralAsync(buyer.Id);
        ulong expiry = SeriesTerms.ExpiryOfDay(Day0 + 1);
        h.Clock.Now = (long)(expiry + 60) * 1000;

        var r = Must(await h.PostPriceAsync(120_000, expiry, OraclePriceKind.Settlement));

        Assert.Equal((0L, 0L), (await h.PositionAsync(seller, s), await h.PositionAsync(buyer, s)));
        Assert.Equal(sellerBefore - 10_000 * Usd, await h.CollateralAsync(seller.Id));
        Assert.Equal(buyerBefore + 10_000 * Usd, await h.CollateralAsync(buyer.Id));
        Assert.Equal(0UL, await h.CollateralAsync(Limits.InsuranceAccountId));
        Assert.Equal(RemovalReason.SeriesExpired, Assert.Single(r.Removed).Reason);
        Assert.Equal(0, await h.Engine.ReadAsync(v => v.Books.OrderCount));
    }
}
