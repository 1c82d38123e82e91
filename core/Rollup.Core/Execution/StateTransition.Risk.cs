using Rollup.Core.Margin;
using Rollup.Core.Operations;
using Rollup.Core.Pubdata;
using Rollup.Core.State;

namespace Rollup.Core.Execution;

// Liquidation below maintenance margin, and settlement of expired positions.
public sealed partial class StateTransition
{
    private LiquidateRecord Liquidate(LiquidateOperation op)
    {
        var liquidator = RequireAccount(op.LiquidatorId, "liquidator");
        RequireTrader(liquidator, "liquidator");
        Rejection.If(op.Nonce != liquidator.Nonce, RejectReason.BadNonce, $"nonce {op.Nonce}, liquidator expects {liquidator.Nonce}");
        RequireSignature(liquidator,
            LiquidateOperation.Message(_domain, op.LiquidatedId, op.LiquidatorId, op.SeriesIndex, op.Quantity, op.Nonce),
            op.Signature, "liquidator");
        var record = new LiquidateRecord(op.LiquidatedId, op.LiquidatorId, op.SeriesIndex, op.Quantity);
        ExecuteLiquidate(record);
        return record;
    }

    private void ExecuteLiquidate(LiquidateRecord r)
    {
        Rejection.If(r.Liquidated == r.Liquidator, RejectReason.SelfTrade, "an account cannot liquidate itself");
        Rejection.If(r.Quantity == 0, RejectReason.OutOfRange, "quantity must be positive");
        var victim = RequireAccount(r.Liquidated, "liquidated");
        var liquidator = RequireAccount(r.Liquidator, "liquidator");
        RequireTrader(victim, "liquidated");
        RequireTrader(liquidator, "liquidator");
        var terms = RequireLiveSeries(r.Series);
        var position = victim.PositionIn(r.Series);
        Rejection.If(position.IsEmpty, RejectReason.NoPosition, $"account {victim.Id} has no position in series {r.Series}");
        Rejection.If(r.Quantity > Math.Abs(position.Quantity), RejectReason.OutOfRange,
            $"quantity {r.Quantity} exceeds the position of {Math.Abs(position.Quantity)}");

        RecordPriceReads(victim.Positions);
        if (!MarginEngine.TryCompute(_state, victim, Timestamp, out var before, out var reason))
            throw new Rejection(reason, $"account {victim.Id} cannot be valued");
        Rejection.If(before.MeetsMaintenance, RejectReason.NotLiquidatable,
            $"account {victim.Id} meets maintenance: equity {before.Equity}, requirement {before.Maintenance}");

        ulong s = _state.GetUnderlying(terms.Underlying).IndexPrice;
        ulong intrinsic = terms.Intrinsic(s);
        ulong penalty = (ulong)((UInt128)s * _state.Risk.LiquidationPenaltyBps / (UInt128)Limits.BpsScale);
        bool victimShort = position.Quantity < 0;
        // A short is bought back from the liquidator above intrinsic value; a long is sold to it below.
        ulong price = victimShort ? intrinsic + penalty : (intrinsic > penalty ? intrinsic - penalty : 0);
        // The liquidator locks this price in its slot, which holds 48 bits.
        Rejection.If(price > Limits.MaxPrice, RejectReason.OutOfRange, $"liquidation price {price} exceeds 2^48-1");
        ulong transfer = Cash(r.Quantity, price);

        var victimPlan = new AccountPlan(victim);
        var liquidatorPlan = new AccountPlan(liquidator);
        long victimDelta = victimShort ? r.Quantity : -(long)r.Quantity;
        PlanPosition(victimPlan, r.Series, terms, victimDelta, price, "liquidated");
        bool liquidatorReduces = PlanPosition(liquidatorPlan, r.Series, terms, -victimDelta, price, "liquidator");
        liquidatorPlan.IncrementNonce();

        AccountPlan? insurancePlan = null;
        if (victimShort)
        {
            ulong paid = Math.Min(transfer, victimPlan.Collateral);
            victimPlan.Debit(paid);
            if (transfer > paid)
            {
                insurancePlan = new AccountPlan(RequireAccount(Limits.InsuranceAccountId, "insurance"));
                Rejection.If(insurancePlan.Collateral < transfer - paid, RejectReason.InsufficientInsurance,
                    $"insurance fund holds {insurancePlan.Collateral}, shortfall is {transfer - paid}");
                insurancePlan.Debit(transfer - paid);
            }
            liquidatorPlan.Credit(transfer);
        }
        else
        {
            liquidatorPlan.Debit(transfer);
            victimPlan.Credit(transfer);
        }

        RequireMargin(liquidatorPlan, liquidatorReduces, "liquidator");
        victimPlan.Commit(_state);
        liquidatorPlan.Commit(_state);
        insurancePlan?.Commit(_state);
    }

    private SettleRecord Settle(SettleOperation op)
    {
        var record = new SettleRecord(op.AccountId, op.SeriesIndex);
        ExecuteSettle(record);
        return record;
    }

    private void ExecuteSettle(SettleRecord r)
    {
        var account = RequireAccount(r.AccountId, "settled");
        Rejection.If(!_state.TryGetSeries(r.Series, out var terms), RejectReason.UnknownSeries, $"series {r.Series} is not listed");
        _state.RecordSeriesRead(r.Series);
        Rejection.If(terms.Expiry > Timestamp, RejectReason.SeriesNotExpired, $"series {r.Series} expires at {terms.Expiry}");
        var expiry = _state.GetExpiry(terms.Underlying, terms.ExpiryDay);
        _state.RecordExpiryRead(terms.Underlying, terms.ExpiryDay);
        Rejection.If(!expiry.IsSettled, RejectReason.NotSettled, $"no settlement price yet for series {r.Series}");
        int slot = account.SlotFor(r.Series);
        Rejection.If(slot < 0 || account.Positions[slot].IsEmpty, RejectReason.NoPosition, $"account {account.Id} has no position in series {r.Series}");

        var position = account.Positions[slot];
        ulong intrinsic = terms.Intrinsic(expiry.SettlementPrice);
        var plan = new AccountPlan(account);
        var insurance = new AccountPlan(RequireAccount(Limits.InsuranceAccountId, "insurance"));
        plan.SetPosition(slot, Position.Empty);
        if (position.Quantity > 0)
        {
            // Longs are paid by the clearing (insurance) account: the holder's value rounds down.
            ulong payout = Cash((ulong)position.Quantity, intrinsic);
            Rejection.If(insurance.Collateral < payout, RejectReason.InsufficientInsurance,
                $"clearing account holds {insurance.Collateral}, payout is {payout}; settle shorts first");
            insurance.Debit(payout);
            plan.Credit(payout);
        }
        else
        {
            // Shorts pay what they owe rounded up, as far as their collateral goes; the fund absorbs the rest.
            ulong owed = CashRoundedUp((ulong)(-position.Quantity), intrinsic);
            ulong paid = Math.Min(owed, plan.Collateral);
            plan.Debit(paid);
            insurance.Credit(paid);
        }
        plan.Commit(_state);
        insurance.Commit(_state);
    }

    internal static ulong CashRoundedUp(ulong quantity, ulong price)
    {
        UInt128 v = ((UInt128)quantity * price + (UInt128)(Limits.QuantityScale - 1)) / (UInt128)Limits.QuantityScale;
        Rejection.If(v > Limits.MaxAmount, RejectReason.OutOfRange, "cash amount exceeds 2^63-1");
        return (ulong)v;
    }
}
