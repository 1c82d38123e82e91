using Rollup.Core.Margin;
using Rollup.Core.Operations;
using Rollup.Core.State;

namespace Rollup.Sequencer.Risk;

/// <summary>
/// After an index price update: every trader holding a live position on that underlying that is
/// below maintenance (core's MarginEngine) is liquidated, in account id order, one whole
/// position at a time in slot order, until it meets maintenance again. The liquidator signs
/// each LiquidateOperation with its current nonce; core applies the penalty price and the
/// insurance fund. A refusal because of the liquidator (its margin) ends the sweep, since every
/// further liquidation would be refused too; any other refusal moves on to the next account.
/// </summary>
public static class LiquidationSweep
{
    public static RiskSweepResult Run(RollupState state, MessageDomain domain, LiquidatorIdentity liquidator, byte underlying, ulong now, IRiskExecutor executor)
    {
        var result = new RiskSweepResult();
        uint end = state.NextAccountId;
        for (uint id = Limits.InsuranceAccountId + 1; id < end; id++)
        {
            if (id == liquidator.AccountId) continue;
            var account = state.GetAccount(id);
            if (account is null || !HoldsLive(account, underlying, now)) continue;
            if (!IsLiquidatable(state, account, now)) continue;
            executor.BeforeLiquidation(id);
            if (!LiquidateAccount(state, domain, liquidator, account, now, executor, result)) break;
        }
        return result;
    }

    public static bool IsLiquidatable(RollupState state, Account account, ulong now) =>
        MarginEngine.TryCompute(state, account, now, out var m, out _) && !m.MeetsMaintenance;

    /// <summary>False when the liquidator itself was the reason of a refusal.</summary>
    private static bool LiquidateAccount(RollupState state, MessageDomain domain, LiquidatorIdentity liquidator, Account account, ulong now,
        IRiskExecutor executor, RiskSweepResult result)
    {
        for (int slot = 0; slot < Limits.PositionSlots; slot++)
        {
            if (!IsLiquidatable(state, account, now)) return true;
            var p = account.Positions[slot];
            if (p.IsEmpty || p.Terms.Expiry <= now) continue;
            uint quantity = (uint)Math.Min(Math.Abs(p.Quantity), uint.MaxValue);
            uint nonce = state.GetAccount(liquidator.AccountId)?.Nonce ?? 0;
            var message = LiquidateOperation.Message(domain, account.Id, liquidator.AccountId, p.SeriesIndex, quantity, nonce);
            var op = new LiquidateOperation(account.Id, liquidator.AccountId, p.SeriesIndex, quantity, nonce, liquidator.Key.Sign(message));
            var r = executor.Apply(op);
            if (r.Accepted)
            {
                result.Applied.Add(op);
                continue;
            }
            result.Refused.Add((op, r.Reason, r.Detail));
            if (r.Detail is { } d && d.StartsWith("liquidator", StringComparison.Ordinal)) return false;
            if (r.Reason is RejectReason.InsufficientInsurance or RejectReason.BadNonce or RejectReason.BadSignature or RejectReason.NoKey) return false;
            return true;
        }
        return true;
    }

    private static bool HoldsLive(Account account, byte underlying, ulong now)
    {
        foreach (var p in account.Positions)
            if (!p.IsEmpty && p.Terms.Underlying == underlying && p.Terms.Expiry > now) return true;
        return false;
    }
}
