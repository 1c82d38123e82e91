using Rollup.Core.Operations;
using Rollup.Core.State;

namespace Rollup.Sequencer.Risk;

/// <summary>
/// After a settlement price for (underlying, expiry day) is posted: settles every position in
/// the series of that expiry, shorts first and then longs (core pays longs from account 1,
/// which the shorts fund), each pass in account id order. Returns whether positions remain
/// (a long core refused because the clearing account is short of funds), so the engine can
/// retry on later ticks.
/// </summary>
public static class SettlementSweep
{
    public static RiskSweepResult Run(RollupState state, byte underlying, ushort day, IRiskExecutor executor, out bool positionsRemain)
    {
        var result = new RiskSweepResult();
        positionsRemain = false;
        uint end = state.NextAccountId;
        for (int pass = 0; pass < 2; pass++)
        {
            bool shorts = pass == 0;
            for (uint id = Limits.InsuranceAccountId + 1; id < end; id++)
            {
                var account = state.GetAccount(id);
                if (account is null) continue;
                for (int slot = 0; slot < Limits.PositionSlots; slot++)
                {
                    var p = account.Positions[slot];
                    if (p.IsEmpty || p.Terms.Underlying != underlying || p.Terms.ExpiryDay != day || (p.Quantity < 0) != shorts) continue;
                    var op = new SettleOperation(id, p.SeriesIndex);
                    var r = executor.Apply(op);
                    if (r.Accepted) result.Applied.Add(op);
                    else
                    {
                        result.Refused.Add((op, r.Reason, r.Detail));
                        positionsRemain = true;
                    }
                }
            }
        }
        return result;
    }
}
