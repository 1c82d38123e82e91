using Rollup.Core.Execution;
using Rollup.Core.Operations;
using Rollup.Core.Pubdata;
using Rollup.Core.State;
using static Rollup.Core.Tests.Protocol.Harness;

namespace Rollup.Core.Tests.Protocol;

public class TradeTests
{
    private static (Harness h, Trader maker, Trader taker, ushort series) Setup(ulong makerUsd = 20_000, ulong takerUsd = 10_000)
    {
        var h = new Harness();
        var maker = h.NewTrader("maker", makerUsd);
        var taker = h.NewTrader("taker", takerUsd);
        var series = h.StandardSeries();
        return (h, maker, taker, series);
    }

    private static TradeOperation TradeOp(Harness h, Trader maker, Trader taker, ushort series, Side takerSide, ulong price, uint qty,
        Func<SignedOrder, SignedOrder>? editMaker = null, Func<SignedOrder, SignedOrder>? editTaker = null)
    {
        var makerSide = takerSide == Side.Buy ? Side.Sell : Side.Buy;
        var m = h.Order(maker, 1, series, makerSide, price, qty);
        var t = h.Order(taker, 1, series, takerSide, price, qty);
        return new TradeOperation(editMaker?.Invoke(m) ?? m, editTaker?.Invoke(t) ?? t, qty);
    }

    [Fact]
    public void Trade_moves_premium_and_fees_and_opens_opposite_positions()
    {
        var (h, maker, taker, series) = Setup();
        var r = h.Trade(maker, taker, series, Side.Buy, 2_000, 1_000);
        Assert.True(r.Accepted, r.ToString());

        // cash 2,000 USD; maker fee 2 bps = 0.4 USD; taker fee 5 bps = 1 USD.
        Assert.Equal(21_999_600_000UL, h.Collateral(maker.Id));
        Assert.Equal(7_999_000_000UL, h.Collateral(taker.Id));
        Assert.Equal(1_400_000UL, h.Collateral(Limits.FeeAccountId));
        Assert.Equal(-1_000, h.PositionOf(maker.Id, series));
        Assert.Equal(1_000, h.PositionOf(taker.Id, series));
        Assert.Equal(2_000 * Usd, h.State.GetAccount(maker.Id)!.PositionIn(series).EntryPrice);
        Assert.Equal(0UL, h.State.GetAccount(taker.Id)!.PositionIn(series).EntryPrice);
        var rec = Assert.IsType<TradeRecord>(r.Record);
        Assert.Equal(new TradeRecord(maker.Id, taker.Id, 1, 1, series, 1_000, 2_000 * Usd, true), rec);
        Assert.NotEqual(r.RootBefore, r.RootAfter);
    }

    [Fact]
    public void Trade_trace_entries_are_consistent_merkle_updates()
    {
        var (h, maker, taker, series) = Setup();
        var r = h.Trade(maker, taker, series, Side.Buy, 2_000, 1_000);
        Assert.NotEmpty(r.Trace);
        Assert.All(r.Trace, e => Assert.True(e.IsConsistent(), $"{e.Tree} {e.Index}"));
        // Maker, taker and fee account leaves each change once, in that order.
        var accountUpdates = r.Trace.Where(e => e.Tree == TreeId.Accounts && !e.IsRead).Select(e => e.Index).ToArray();
        Assert.Equal(new ulong[] { maker.Id, taker.Id, Limits.FeeAccountId }, accountUpdates);
        Assert.Equal(h.State.AccountsRoot, r.Trace.Last(e => e.Tree == TreeId.Accounts).NewRoot);
        // Margin read the BTC index price and the series terms: both are in the trace as reads.
        Assert.Contains(r.Trace, e => e.Tree == TreeId.Underlyings && e.IsRead && e.Index == Btc);
        Assert.Contains(r.Trace, e => e.Tree == TreeId.Series && e.IsRead && e.Index == series);
    }

    [Fact]
    public void Trade_rejects_order_filled_twice()
    {
        var (h, maker, taker, series) = Setup();
        var op = TradeOp(h, maker, taker, series, Side.Buy, 2_000, 1_000);
        Assert.True(h.Apply(op).Accepted);
        RejectionAssert.Refused(h, op, RejectReason.Overfill);
    }

    [Fact]
    public void Partial_fills_accumulate_up_to_the_order_size_and_no_further()
    {
        var (h, maker, taker, series) = Setup();
        var makerOrder = h.Order(maker, 7, series, Side.Sell, 2_000, 1_000);
        for (uint i = 0; i < 4; i++)
        {
            var takerOrder = h.Order(taker, 100 + i, series, Side.Buy, 2_000, 250);
            Assert.True(h.Apply(new TradeOperation(makerOrder, takerOrder, 250)).Accepted);
        }
        Assert.Equal(-1_000, h.PositionOf(maker.Id, series));
        var fifth = h.Order(taker, 200, series, Side.Buy, 2_000, 1);
        RejectionAssert.Refused(h, new TradeOperation(makerOrder, fifth, 1), RejectReason.Overfill);
    }

    [Fact]
    public void Trade_rejects_a_tampered_signature()
    {
        var (h, m, t, s) = Setup();
        var tampered = TradeOp(h, m, t, s, Side.Buy, 2_000, 1_000, editTaker: o => o with { Order = o.Order with { LimitPrice = o.Order.LimitPrice + 1 } });
        RejectionAssert.Refused(h, tampered, RejectReason.BadSignature);
        var wrongKey = TradeOp(h, m, t, s, Side.Buy, 2_000, 1_000, editMaker: o => o with { Signature = TestKeys.Sign(t.Key, o.Order.Message(h.Domain)) });
        RejectionAssert.Refused(h, wrongKey, RejectReason.BadSignature);
    }

    [Fact]
    public void Trade_rejects_an_expired_order()
    {
        var (h, m, t, s) = Setup();
        var taker = h.Order(t, 1, s, Side.Buy, 2_000, 1_000, expiry: h.Now - 1);
        RejectionAssert.Refused(h, new TradeOperation(h.Order(m, 1, s, Side.Sell, 2_000, 1_000), taker, 1_000), RejectReason.OrderExpired);
    }

    [Fact]
    public void Trade_rejects_self_trade_same_side_mismatched_series_and_uncrossed_prices()
    {
        var (h, m, t, s) = Setup();
        var s2 = h.List(Btc, 120_000, Day0 + 30, OptionKind.Call);
        RejectionAssert.Refused(h, new TradeOperation(h.Order(m, 1, s, Side.Sell, 2_000, 10), h.Order(m, 2, s, Side.Buy, 2_000, 10), 10), RejectReason.SelfTrade);
        RejectionAssert.Refused(h, new TradeOperation(h.Order(m, 1, s, Side.Sell, 2_000, 10), h.Order(t, 1, s, Side.Sell, 2_000, 10), 10), RejectReason.SameSide);
        RejectionAssert.Refused(h, new TradeOperation(h.Order(m, 1, s, Side.Sell, 2_000, 10), h.Order(t, 1, s2, Side.Buy, 2_000, 10), 10), RejectReason.SeriesMismatch);
        RejectionAssert.Refused(h, new TradeOperation(h.Order(m, 1, s, Side.Sell, 2_000, 10), h.Order(t, 1, s, Side.Buy, 1_999, 10), 10), RejectReason.PriceNotCrossing);
    }

    [Fact]
    public void Trade_fills_at_the_maker_price_when_the_taker_bids_higher()
    {
        var (h, m, t, s) = Setup();
        var r = h.Apply(new TradeOperation(h.Order(m, 1, s, Side.Sell, 2_000, 1_000), h.Order(t, 1, s, Side.Buy, 2_500, 1_000), 1_000));
        Assert.True(r.Accepted);
        Assert.Equal(2_000 * Usd, ((TradeRecord)r.Record!).Price);
        Assert.Equal(7_999_000_000UL, h.Collateral(t.Id));
    }

    [Fact]
    public void Trade_rejects_post_only_taker_and_fee_above_the_signed_limit()
    {
        var (h, m, t, s) = Setup();
        RejectionAssert.Refused(h, new TradeOperation(h.Order(m, 1, s, Side.Sell, 2_000, 10), h.Order(t, 1, s, Side.Buy, 2_000, 10, postOnly: true), 10), RejectReason.PostOnlyTaker);
        RejectionAssert.Refused(h, new TradeOperation(h.Order(m, 1, s, Side.Sell, 2_000, 10), h.Order(t, 1, s, Side.Buy, 2_000, 10, maxFeeBps: 4), 10), RejectReason.FeeAboveLimit);
    }

    [Fact]
    public void Reduce_only_order_cannot_open_or_flip_a_position()
    {
        var (h, m, t, s) = Setup();
        RejectionAssert.Refused(h, new TradeOperation(h.Order(m, 1, s, Side.Sell, 2_000, 10), h.Order(t, 1, s, Side.Buy, 2_000, 10, reduceOnly: true), 10), RejectReason.ReduceOnlyViolated);
        Assert.True(h.Trade(m, t, s, Side.Buy, 2_000, 100, 2, 2).Accepted);
        // The taker is long 100: selling 100 reduce-only is fine, selling 150 would flip.
        RejectionAssert.Refused(h, new TradeOperation(h.Order(m, 3, s, Side.Buy, 2_000, 150), h.Order(t, 3, s, Side.Sell, 2_000, 150, reduceOnly: true), 150), RejectReason.ReduceOnlyViolated);
        Assert.True(h.Apply(new TradeOperation(h.Order(m, 4, s, Side.Buy, 2_000, 100), h.Order(t, 4, s, Side.Sell, 2_000, 100, reduceOnly: true), 100)).Accepted);
        Assert.Equal(0, h.PositionOf(t.Id, s));
        Assert.Equal(0, h.PositionOf(m.Id, s));
    }

    [Fact]
    public void Trade_rejects_unknown_and_expired_series()
    {
        var (h, m, t, s) = Setup();
        var op = TradeOp(h, m, t, 999, Side.Buy, 2_000, 10);
        RejectionAssert.Refused(h, op, RejectReason.UnknownSeries);
        var shortDated = h.List(Btc, 110_000, Day0 + 1, OptionKind.Call);
        h.Now = SeriesTerms.ExpiryOfDay(Day0 + 1);
        RejectionAssert.Refused(h, TradeOp(h, m, t, shortDated, Side.Buy, 2_000, 10), RejectReason.SeriesExpired);
    }

    [Fact]
    public void Trade_rejects_a_buyer_who_cannot_pay_premium_and_fee()
    {
        var (h, m, t, s) = Setup(takerUsd: 2_000);
        // 2,000 premium + 1 USD fee > 2,000 collateral.
        RejectionAssert.Refused(h, TradeOp(h, m, t, s, Side.Buy, 2_000, 1_000), RejectReason.InsufficientCollateral);
    }

    [Fact]
    public void Trade_rejects_a_short_below_initial_margin()
    {
        // Initial margin for one short is 10,000 + 2,000 locked; 9,000 collateral + 2,000 premium is not enough.
        var (h, m, t, s) = Setup(makerUsd: 9_000);
        RejectionAssert.Refused(h, TradeOp(h, m, t, s, Side.Buy, 2_000, 1_000), RejectReason.InsufficientMargin);
        var (h2, m2, t2, s2) = Setup(makerUsd: 10_001);
        Assert.True(h2.Trade(m2, t2, s2, Side.Buy, 2_000, 1_000).Accepted);
    }

    [Fact]
    public void Trade_rejects_when_the_index_price_is_missing_or_stale()
    {
        var h = new Harness();
        var m = h.NewTrader("maker", 20_000);
        var t = h.NewTrader("taker", 10_000);
        var s = h.List(Btc, 110_000, Day0 + 30, OptionKind.Call);
        RejectionAssert.Refused(h, TradeOp(h, m, t, s, Side.Buy, 2_000, 1_000), RejectReason.NoPrice);
        Assert.True(h.PostPrice(Btc, 100_000).Accepted);
        h.Now += h.State.Risk.MaxPriceAgeSeconds + 1;
        RejectionAssert.Refused(h, TradeOp(h, m, t, s, Side.Buy, 2_000, 1_000), RejectReason.StalePrice);
    }

    [Fact]
    public void Trade_rejects_a_ninth_position_when_all_slots_are_taken()
    {
        var (h, m, t, _) = Setup(makerUsd: 1_000_000, takerUsd: 1_000_000);
        for (int i = 0; i < Limits.PositionSlots; i++)
        {
            var si = h.List(Btc, 120_000 + (ulong)i * 1_000, Day0 + 30, OptionKind.Call);
            Assert.True(h.Trade(m, t, si, Side.Buy, 100, 10, (uint)(10 + i), (uint)(10 + i)).Accepted);
        }
        var ninth = h.List(Btc, 200_000, Day0 + 30, OptionKind.Call);
        var fresh = new TradeOperation(h.Order(m, 50, ninth, Side.Sell, 100, 10), h.Order(t, 50, ninth, Side.Buy, 100, 10), 10);
        RejectionAssert.Refused(h, fresh, RejectReason.PositionSlotsFull);
    }

    [Fact]
    public void Trade_rejects_unknown_accounts_accounts_without_keys_and_protocol_accounts()
    {
        var (h, m, t, s) = Setup();
        var ghost = new Trader("ghost", 200, Address("ghost"), TestKeys.FromSeed("ghost"));
        RejectionAssert.Refused(h, TradeOp(h, m, ghost, s, Side.Buy, 2_000, 10), RejectReason.UnknownAccount);
        h.MustApply(new DepositOperation(Address("keyless"), 5_000 * Usd));
        var keyless = new Trader("keyless", h.State.FindAccount(Address("keyless"))!.Id, Address("keyless"), TestKeys.FromSeed("keyless"));
        RejectionAssert.Refused(h, TradeOp(h, m, keyless, s, Side.Buy, 2_000, 10), RejectReason.NoKey);
        var fee = new Trader("fees", Limits.FeeAccountId, Address("fees"), TestKeys.FromSeed("fees"));
        RejectionAssert.Refused(h, TradeOp(h, m, fee, s, Side.Buy, 2_000, 10), RejectReason.NoKey);
    }

    [Fact]
    public void Trade_rejects_out_of_range_fields()
    {
        var (h, m, t, s) = Setup();
        RejectionAssert.Refused(h, TradeOp(h, m, t, s, Side.Buy, 2_000, 0), RejectReason.OutOfRange);
        var huge = new TradeOperation(h.Order(m, 1, s, Side.Sell, 0, 10, rawPrice: 1UL << 48), h.Order(t, 1, s, Side.Buy, 0, 10, rawPrice: 1UL << 48), 10);
        RejectionAssert.Refused(h, huge, RejectReason.OutOfRange);
    }

    [Fact]
    public void Closing_trade_below_initial_margin_is_allowed_while_solvent()
    {
        var (h, m, t, s) = Setup(makerUsd: 10_001);
        Assert.True(h.Trade(m, t, s, Side.Buy, 2_000, 1_000).Accepted);
        // The index rises: the maker's short is now far below initial margin but solvent.
        h.Now += 10;
        Assert.True(h.PostPrice(Btc, 112_000).Accepted);
        var increase = new TradeOperation(h.Order(t, 5, s, Side.Buy, 2_500, 100), h.Order(m, 5, s, Side.Sell, 2_500, 100), 100);
        RejectionAssert.Refused(h, increase, RejectReason.InsufficientMargin);
        var close = new TradeOperation(h.Order(t, 6, s, Side.Sell, 2_500, 1_000), h.Order(m, 6, s, Side.Buy, 2_500, 1_000), 1_000);
        Assert.True(h.Apply(close).Accepted);
        Assert.Equal(0, h.PositionOf(m.Id, s));
    }

    [Fact]
    public void Short_lock_price_takes_the_higher_price_when_adding_and_keeps_it_when_reducing()
    {
        var (h, m, t, s) = Setup(makerUsd: 100_000, takerUsd: 100_000);
        Assert.True(h.Trade(m, t, s, Side.Buy, 2_000, 1_000, 1, 1).Accepted);
        Assert.True(h.Trade(m, t, s, Side.Buy, 1_500, 1_000, 2, 2).Accepted);
        Assert.Equal(2_000 * Usd, h.State.GetAccount(m.Id)!.PositionIn(s).EntryPrice);
        Assert.True(h.Trade(m, t, s, Side.Buy, 2_500, 1_000, 3, 3).Accepted);
        Assert.Equal(2_500 * Usd, h.State.GetAccount(m.Id)!.PositionIn(s).EntryPrice);
        Assert.True(h.Trade(m, t, s, Side.Sell, 1_000, 500, 4, 4).Accepted);
        Assert.Equal(-2_500, h.PositionOf(m.Id, s));
        Assert.Equal(2_500 * Usd, h.State.GetAccount(m.Id)!.PositionIn(s).EntryPrice);
    }
}
