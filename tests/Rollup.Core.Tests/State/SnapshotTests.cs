using Rollup.Core.Execution;
using Rollup.Core.Operations;
using Rollup.Core.State;
using Rollup.Core.Tests.Protocol;
using static Rollup.Core.Tests.Protocol.Harness;

namespace Rollup.Core.Tests.State;

public class SnapshotTests
{
    [Fact]
    public void Restored_state_has_the_same_root_and_evolves_identically()
    {
        var h = new Harness();
        var m = h.NewTrader("maker", 50_000);
        var t = h.NewTrader("taker", 20_000);
        var s = h.StandardSeries();
        Assert.True(h.Trade(m, t, s, Side.Buy, 2_000, 700, 1, 1).Accepted);
        Assert.True(h.Cancel(m, 5).Accepted);
        h.List(Eth, 3_000, Day0 + 9, OptionKind.Put);

        var restored = RollupState.Restore(h.State.ToSnapshot());
        Assert.Equal(h.State.Root, restored.Root);
        Assert.Equal(h.State.AccountsRoot, restored.AccountsRoot);
        Assert.Equal(h.State.ExpiriesRoot, restored.ExpiriesRoot);
        Assert.Equal(h.State.TotalCollateral(), restored.TotalCollateral());

        // Continue on both: the order's fill slot and the cancel must have survived the trip.
        var next = new TradeOperation(h.Order(m, 1, s, Side.Sell, 2_000, 1_000), h.Order(t, 2, s, Side.Buy, 2_000, 300), 300);
        var overfill = new TradeOperation(h.Order(m, 1, s, Side.Sell, 2_000, 1_000), h.Order(t, 3, s, Side.Buy, 2_000, 1), 1);
        var cancelled = new TradeOperation(h.Order(m, 5, s, Side.Sell, 2_000, 10), h.Order(t, 4, s, Side.Buy, 2_000, 10), 10);
        var copy = new StateTransition(restored) { Timestamp = h.Now };
        foreach (var op in new Operation[] { next, overfill, cancelled })
        {
            var a = h.Apply(op);
            var b = copy.Apply(op);
            Assert.Equal(a.Reason, b.Reason);
            Assert.Equal(h.State.Root, restored.Root);
        }
        Assert.Equal(RejectReason.Overfill, copy.Apply(overfill).Reason);
        Assert.Equal(RejectReason.Overfill, copy.Apply(cancelled).Reason);
    }

    [Fact]
    public void Genesis_snapshot_restores_to_the_genesis_root()
    {
        var h = new Harness();
        Assert.Equal(h.State.Root, RollupState.Restore(h.State.ToSnapshot()).Root);
    }
}
