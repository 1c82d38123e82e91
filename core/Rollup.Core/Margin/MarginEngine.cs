using Rollup.Core.Operations;
using Rollup.Core.State;

namespace Rollup.Core.Margin;

/// <summary>
/// The first margin model (docs/PROTOCOL.md §6): per-underlying index prices, intrinsic value
/// for equity, standard short-option requirements plus the locked premium. Longs pay their
/// premium up front and get no credit beyond intrinsic value.
/// </summary>
public static class MarginEngine
{
    /// <summary>
    /// Computes the figures for a collateral amount and position set at time <paramref name="now"/>.
    /// A live series is valued at its underlying's index price, which must exist (NoPrice) and be
    /// no older than MaxPriceAgeSeconds (StalePrice). An expired series is valued at its settlement
    /// price, and cannot be valued at all before that is posted (NotSettled): otherwise collateral
    /// owed at settlement could be withdrawn against a moved index.
    /// </summary>
    public static bool TryCompute(RollupState state, ulong collateral, ReadOnlySpan<Position> positions, ulong now,
        out MarginSummary summary, out RejectReason reason)
    {
        var risk = state.Risk;
        Int128 equity = (Int128)collateral * MarginSummary.Scale;
        Int128 lockSum = 0, initial = 0, maintenance = 0;
        summary = default;
        foreach (var p in positions)
        {
            if (p.IsEmpty) continue;
            if (!TryPrice(state, p.Terms, now, risk, out ulong s, out reason)) return false;
            equity += (Int128)p.Quantity * p.Terms.Intrinsic(s) * Limits.BpsScale;
            if (p.Quantity < 0)
            {
                Int128 q = -(Int128)p.Quantity;
                Int128 locked = q * p.EntryPrice * Limits.BpsScale;
                Int128 im = (Int128)risk.InitialMarginBps * s - (Int128)p.Terms.OutOfTheMoney(s) * Limits.BpsScale;
                Int128 floor = (Int128)risk.InitialMarginFloorBps * s;
                lockSum += locked;
                initial += q * (im > floor ? im : floor) + locked;
                maintenance += q * risk.MaintenanceMarginBps * s + locked;
            }
        }
        summary = new MarginSummary(equity, lockSum, initial, maintenance);
        reason = RejectReason.None;
        return true;
    }

    /// <summary>The price a position is valued at: the settlement price once expired, else the fresh index price.</summary>
    public static bool TryPrice(RollupState state, in SeriesTerms terms, ulong now, RiskParameters risk, out ulong price, out RejectReason reason)
    {
        price = 0;
        if (terms.Expiry <= now)
        {
            price = state.GetExpiry(terms.Underlying, terms.ExpiryDay).SettlementPrice;
            reason = price == 0 ? RejectReason.NotSettled : RejectReason.None;
            return price != 0;
        }
        var u = state.GetUnderlying(terms.Underlying);
        if (u.IndexPrice == 0)
        {
            reason = RejectReason.NoPrice;
            return false;
        }
        if (u.PriceTimestamp + risk.MaxPriceAgeSeconds < now)
        {
            reason = RejectReason.StalePrice;
            return false;
        }
        price = u.IndexPrice;
        reason = RejectReason.None;
        return true;
    }

    public static bool TryCompute(RollupState state, Account account, ulong now, out MarginSummary summary, out RejectReason reason) =>
        TryCompute(state, account.Collateral, account.Positions, now, out summary, out reason);
}
