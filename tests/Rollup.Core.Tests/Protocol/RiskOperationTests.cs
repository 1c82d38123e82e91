using Rollup.Core.Margin;
using Rollup.Core.Operations;
using Rollup.Core.State;
using static Rollup.Core.Tests.Protocol.Harness;
using static Rollup.Core.Tests.Protocol.RejectionAssert;

namespace Rollup.Core.Tests.Protocol;

public class RiskOperationTests
{
    /// <summary>A short of 1 BTC 110k call sold at 2,000 with the given collateral left after the trade.</summary>
    private static (Harness h, Trader shortTrader, Trader longTrader, Trader liquidator, ushort series) ShortCall(ulong shortUsd)
    {
        var h = new Harness(new RiskParameters { OracleQuorum = 2, MakerFeeBps = 0, TakerFeeBps = 0 });
        var seller = h.NewTrader("seller", shortUsd - 2_000);
        var buyer = h.NewTrader("buyer", 10_000);
        var liquidator = h.NewTrader("liquidator", 100_000);
        var s = h.StandardSeries();
        Assert.True(h.Trade(seller, buyer, s, Side.Buy, 2_000, 1_000).Accepted);
        Assert.Equal(shortUsd * Usd, h.Collateral(seller.Id));
        return (h, seller, buyer, liquidator, s);
    }

    [Fact]
    public void Margin_worked_example_from_the_protocol_document()
    {
        var (h, seller, _, liquidator, s) = ShortCall(20_000);
        Assert.True(MarginEngine.TryCompute(h.State, h.State.GetAccount(seller.Id)!, h.Now, out var m, out _));
        const long scale = MarginSummary.Scale;
        Assert.Equal((Int128)20_000 * (long)Usd * scale, m.Equity);
        Assert.Equal((Int128)2_000 * (long)Usd * scale, m.Lock);
        Assert.Equal((Int128)12_000 * (long)Usd * scale, m.Initial);
        Assert.Equal((Int128)9_500 * (long)Usd * scale, m.Maintenance);
        Assert.Equal(8_000 * Usd, m.FreeCollateral(20_000 * Usd));
        Refused(h, LiquidateOp(h, liquidator, seller.Id, s, 1_000), RejectReason.NotLiquidatable);

        h.Now += 10;
        Assert.True(h.PostPrice(Btc, 125_000).Accepted);
        Assert.True(MarginEngine.TryCompute(h.State, h.State.GetAccount(seller.Id)!, h.Now, out m, out _));
        Assert.Equal((Int128)5_000 * (long)Usd * scale, m.Equity);
        Assert.Equal((Int128)11_375 * (long)Usd * scale, m.Maintenance);
        Assert.False(m.MeetsMaintenance);

        var r = h.Liquidate(liquidator, seller.Id, s, 1_000);
        Assert.True(r.Accepted, r.ToString());
        Assert.Equal(1_875 * Usd, h.Collateral(seller.Id));
        Assert.Equal(118_125 * Usd, h.Collateral(liquidator.Id));
        Assert.Equal(0, h.PositionOf(seller.Id, s));
        Assert.Equal(-1_000, h.PositionOf(liquidator.Id, s));
        Assert.Equal(18_125 * Usd, h.State.GetAccount(liquidator.Id)!.PositionIn(s).EntryPrice);
        Assert.Equal(1u, h.State.GetAccount(liquidator.Id)!.Nonce);
    }

    private static LiquidateOperation LiquidateOp(Harness h, Trader liquidator, uint victim, ushort s, uint q, uint? nonce = null)
    {
        uint n = nonce ?? h.State.GetAccount(liquidator.Id)!.Nonce;
        return new LiquidateOperation(victim, liquidator.Id, s, q, n, TestKeys.Sign(liquidator.Key, LiquidateOperation.Message(h.Domain, victim, liquidator.Id, s, q, n)));
    }

    [Fact]
    public void Liquidation_shortfall_is_paid_by_the_insurance_fund_or_refused_without_one()
    {
        var (h, seller, _, liquidator, s) = ShortCall(12_000);
        h.Now += 10;
        Assert.True(h.PostPrice(Btc, 140_000).Accepted);
        // Buy-back price 30,000 + 3,500 = 33,500 > 12,000 collateral: 21,500 shortfall, fund is empty.
        Refused(h, LiquidateOp(h, liquidator, seller.Id, s, 1_000), RejectReason.InsufficientInsurance);
        h.Fund(Limits.InsuranceAccountId, 50_000);
        var r = h.Liquidate(liquidator, seller.Id, s, 1_000);
        Assert.True(r.Accepted, r.ToString());
        Assert.Equal(0UL, h.Collateral(seller.Id));
        Assert.Equal(28_500 * Usd, h.Collateral(Limits.InsuranceAccountId));
        Assert.Equal(133_500 * Usd, h.Collateral(liquidator.Id));
    }

    [Fact]
    public void Liquidation_rejects_wrong_nonce_forged_signature_self_liquidation_and_oversize()
    {
        var (h, seller, buyer, liquidator, s) = ShortCall(12_000);
        h.Now += 10;
        Assert.True(h.PostPrice(Btc, 125_000).Accepted);
        Refused(h, LiquidateOp(h, liquidator, seller.Id, s, 1_000, nonce: 3), RejectReason.BadNonce);
        var forged = LiquidateOp(h, liquidator, seller.Id, s, 1_000) with { Quantity = 999 };
        Refused(h, forged, RejectReason.BadSignature);
        Refused(h, LiquidateOp(h, seller, seller.Id, s, 1_000), RejectReason.SelfTrade);
        Refused(h, LiquidateOp(h, liquidator, seller.Id, s, 1_001), RejectReason.OutOfRange);
        Refused(h, LiquidateOp(h, liquidator, liquidator.Id + 50, s, 1_000), RejectReason.UnknownAccount);
        Refused(h, LiquidateOp(h, liquidator, buyer.Id, s, 1_000), RejectReason.NotLiquidatable);
    }

    [Fact]
    public void Settlement_pays_longs_from_the_clearing_account_after_shorts_pay_in()
    {
        var (h, seller, buyer, _, s) = ShortCall(20_000);
        ulong expiry = h.State.Series[s].Expiry;
        h.Now = expiry + 60;
        Refused(h, new SettleOperation(buyer.Id, s), RejectReason.NotSettled);
        Assert.True(h.PostPrice(Btc, 113_500, expiry, OraclePriceKind.Settlement).Accepted);
        // Intrinsic 3,500: the long cannot be paid before the short pays in.
        Refused(h, new SettleOperation(buyer.Id, s), RejectReason.InsufficientInsurance);
        h.MustApply(new SettleOperation(seller.Id, s));
        Assert.Equal(16_500 * Usd, h.Collateral(seller.Id));
        Assert.Equal(3_500 * Usd, h.Collateral(Limits.InsuranceAccountId));
        h.MustApply(new SettleOperation(buyer.Id, s));
        Assert.Equal(11_500 * Usd, h.Collateral(buyer.Id));
        Assert.Equal(0UL, h.Collateral(Limits.InsuranceAccountId));
        Assert.Equal(0, h.PositionOf(buyer.Id, s));
        Refused(h, new SettleOperation(buyer.Id, s), RejectReason.NoPosition);
    }

    [Fact]
    public void Settlement_is_refused_before_expiry()
    {
        var (h, seller, _, _, s) = ShortCall(20_000);
        Refused(h, new SettleOperation(seller.Id, s), RejectReason.SeriesNotExpired);
        Refused(h, new SettleOperation(seller.Id, 77), RejectReason.UnknownSeries);
    }

    [Fact]
    public void Settlement_of_a_short_rounds_up_and_is_capped_by_collateral()
    {
        Assert.Equal(1UL, Execution.StateTransition.CashRoundedUp(1, 1));
        Assert.Equal(0UL, Execution.StateTransition.Cash(1, 999));
        Assert.Equal(2UL, Execution.StateTransition.CashRoundedUp(1_001, 1));
        var (h, seller, _, _, s) = ShortCall(20_000);
        ulong expiry = h.State.Series[s].Expiry;
        h.Now = expiry + 60;
        Assert.True(h.PostPrice(Btc, 150_000, expiry, OraclePriceKind.Settlement).Accepted);
        h.MustApply(new SettleOperation(seller.Id, s));
        Assert.Equal(0UL, h.Collateral(seller.Id));
        Assert.Equal(20_000 * Usd, h.Collateral(Limits.InsuranceAccountId));
    }
}
