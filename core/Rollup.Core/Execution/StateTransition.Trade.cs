using Rollup.Core.Operations;
using Rollup.Core.Pubdata;
using Rollup.Core.State;

namespace Rollup.Core.Execution;

// Trade: a fill between a resting maker order and a taker order at the maker's limit price.
public sealed partial class StateTransition
{
    private TradeRecord Trade(TradeOperation op)
    {
        var maker = op.Maker.Order;
        var taker = op.Taker.Order;
        Rejection.If(!maker.FieldsInRange, RejectReason.OutOfRange, "maker order has a field out of range");
        Rejection.If(!taker.FieldsInRange, RejectReason.OutOfRange, "taker order has a field out of range");
        Rejection.If(op.Quantity == 0, RejectReason.OutOfRange, "fill quantity must be positive");
        Rejection.If(maker.AccountId == taker.AccountId, RejectReason.SelfTrade, $"account {maker.AccountId} on both sides");
        Rejection.If(maker.SeriesIndex != taker.SeriesIndex, RejectReason.SeriesMismatch, "orders are for different series");
        Rejection.If(maker.Side == taker.Side, RejectReason.SameSide, "both orders are on the same side");
        Rejection.If(taker.PostOnly, RejectReason.PostOnlyTaker, "a post-only order cannot take liquidity");
        Rejection.If(maker.Expiry < Timestamp, RejectReason.OrderExpired, $"maker order expired at {maker.Expiry}");
        Rejection.If(taker.Expiry < Timestamp, RejectReason.OrderExpired, $"taker order expired at {taker.Expiry}");
        ulong price = maker.LimitPrice;
        var (buy, sell) = taker.Side == Side.Buy ? (taker, maker) : (maker, taker);
        Rejection.If(buy.LimitPrice < price || sell.LimitPrice > price, RejectReason.PriceNotCrossing,
            $"buy limit {buy.LimitPrice} and sell limit {sell.LimitPrice} do not cross at {price}");
        Rejection.If(_state.Risk.MakerFeeBps > maker.MaxFeeBps, RejectReason.FeeAboveLimit, "maker fee exceeds the order's limit");
        Rejection.If(_state.Risk.TakerFeeBps > taker.MaxFeeBps, RejectReason.FeeAboveLimit, "taker fee exceeds the order's limit");

        var makerAccount = RequireAccount(maker.AccountId, "maker");
        var takerAccount = RequireAccount(taker.AccountId, "taker");
        RequireSignature(makerAccount, maker.Message(_domain), op.Maker.Signature, "maker");
        RequireSignature(takerAccount, taker.Message(_domain), op.Taker.Signature, "taker");

        var record = new TradeRecord(maker.AccountId, taker.AccountId, maker.OrderId, taker.OrderId, maker.SeriesIndex,
            op.Quantity, price, taker.Side == Side.Buy);
        ExecuteTrade(record, op);
        return record;
    }

    private void ExecuteTrade(TradeRecord r, TradeOperation? op)
    {
        Rejection.If(r.Maker == r.Taker, RejectReason.SelfTrade, "maker and taker are the same account");
        Rejection.If(r.Quantity == 0 || r.Price == 0 || r.Price > Limits.MaxPrice, RejectReason.OutOfRange, "quantity and price must be positive and in range");
        var terms = RequireLiveSeries(r.Series);
        var makerAccount = RequireAccount(r.Maker, "maker");
        var takerAccount = RequireAccount(r.Taker, "taker");
        RequireTrader(makerAccount, "maker");
        RequireTrader(takerAccount, "taker");

        var makerPlan = new AccountPlan(makerAccount);
        var takerPlan = new AccountPlan(takerAccount);
        PlanFill(makerPlan, r.MakerOrderId, r.Quantity, op?.Maker.Order.Size, "maker");
        PlanFill(takerPlan, r.TakerOrderId, r.Quantity, op?.Taker.Order.Size, "taker");

        long makerDelta = r.TakerBuys ? -(long)r.Quantity : r.Quantity;
        bool makerReduces = PlanPosition(makerPlan, r.Series, terms, makerDelta, r.Price, "maker");
        bool takerReduces = PlanPosition(takerPlan, r.Series, terms, -makerDelta, r.Price, "taker");
        if (op is not null)
        {
            Rejection.If(op.Maker.Order.ReduceOnly && !makerReduces, RejectReason.ReduceOnlyViolated, "maker order is reduce-only");
            Rejection.If(op.Taker.Order.ReduceOnly && !takerReduces, RejectReason.ReduceOnlyViolated, "taker order is reduce-only");
        }

        ulong cash = Cash(r.Quantity, r.Price);
        ulong makerFee = Fee(cash, _state.Risk.MakerFeeBps);
        ulong takerFee = Fee(cash, _state.Risk.TakerFeeBps);
        var (buyer, buyerFee, seller, sellerFee) = r.TakerBuys
            ? (takerPlan, takerFee, makerPlan, makerFee)
            : (makerPlan, makerFee, takerPlan, takerFee);
        buyer.Debit(cash + buyerFee);
        seller.Credit(cash - sellerFee);
        var feePlan = new AccountPlan(RequireAccount(Limits.FeeAccountId, "fee"));
        feePlan.Credit(makerFee + takerFee);

        RequireMargin(makerPlan, makerReduces, "maker");
        RequireMargin(takerPlan, takerReduces, "taker");
        makerPlan.Commit(_state);
        takerPlan.Commit(_state);
        feePlan.Commit(_state);
    }

    /// <summary>Stages the fill slot update. The order's size is known only with the signed order, not from pubdata.</summary>
    private static void PlanFill(AccountPlan plan, uint orderId, uint quantity, uint? size, string role)
    {
        var account = plan.Account;
        uint slot = account.FillSlotIndex(orderId);
        var current = account.GetFillSlot(slot);
        uint? filled = current.FilledFor(orderId);
        Rejection.If(filled is null, RejectReason.StaleOrderId, $"{role} order {orderId} is superseded by order {current.OrderId} in fill slot {slot}");
        ulong after = (ulong)filled!.Value + quantity;
        Rejection.If(after >= Limits.CancelledFill, RejectReason.Overfill, $"{role} order {orderId} is cancelled or would overflow");
        if (size is { } s)
            Rejection.If(after > s, RejectReason.Overfill, $"{role} order {orderId} has filled {filled} of {s}; {quantity} more overfills it");
        plan.SetFill(slot, new FillSlot(orderId, (uint)after));
    }

    /// <summary>Stages the position change; returns true when it only reduces the position (no increase, no flip).</summary>
    private static bool PlanPosition(AccountPlan plan, ushort series, in SeriesTerms terms, long delta, ulong price, string role)
    {
        int slot = plan.Account.SlotFor(series);
        Rejection.If(slot < 0, RejectReason.PositionSlotsFull, $"{role} account {plan.Account.Id} has all {Limits.PositionSlots} position slots in use");
        var old = plan.Positions[slot];
        long quantity = old.Quantity + delta;
        Rejection.If(Math.Abs(quantity) > Limits.MaxPositionMagnitude, RejectReason.OutOfRange, $"{role} position would exceed 2^40-1");
        plan.SetPosition(slot, NextPosition(old, series, terms, quantity, price));
        return old.Quantity != 0 && Math.Sign(delta) != Math.Sign(old.Quantity) && Math.Abs(delta) <= Math.Abs(old.Quantity);
    }

    /// <summary>
    /// The position after a change, with the short lock price rule: opening or flipping to a short
    /// locks the trade price; adding to a short locks the higher of the two; reducing keeps it; longs lock nothing.
    /// </summary>
    public static Position NextPosition(in Position old, ushort series, in SeriesTerms terms, long quantity, ulong price)
    {
        if (quantity == 0) return Position.Empty;
        ulong entry;
        if (quantity > 0) entry = 0;
        else if (old.Quantity >= 0) entry = price;
        else if (quantity < old.Quantity) entry = Math.Max(old.EntryPrice, price);
        else entry = old.EntryPrice;
        return new Position(series, terms, quantity, entry);
    }

    private SeriesTerms RequireLiveSeries(ushort index)
    {
        Rejection.If(!_state.TryGetSeries(index, out var terms), RejectReason.UnknownSeries, $"series {index} is not listed");
        Rejection.If(terms.Expiry <= Timestamp, RejectReason.SeriesExpired, $"series {index} expired at {terms.Expiry}");
        _state.RecordSeriesRead(index);
        return terms;
    }

    /// <summary>floor(quantity * price / 1000): cash for a quantity in thousandths of a contract.</summary>
    internal static ulong Cash(ulong quantity, ulong price)
    {
        UInt128 v = (UInt128)quantity * price / (UInt128)Limits.QuantityScale;
        Rejection.If(v > Limits.MaxAmount, RejectReason.OutOfRange, "cash amount exceeds 2^63-1");
        return (ulong)v;
    }

    internal static ulong Fee(ulong cash, ushort bps) => (ulong)((UInt128)cash * bps / (UInt128)Limits.BpsScale);
}
