using Microsoft.Extensions.Logging.Abstractions;
using Rollup.Core.Operations;
using Rollup.Core.State;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Risk;
using static Rollup.Sequencer.Tests.Engine.EngineHarness;

namespace Rollup.Sequencer.Tests.Engine;

public class EngineLifecycleTests
{
    [Fact]
    public async Task Failed_log_append_stops_the_engine_and_nothing_more_is_accepted()
    {
        await using var h = await StartAsync();
        await h.NewTraderAsync("a", 100);
        h.Log.FailAppends = true;

        var failed = await h.Engine.PriorityRequestAsync(2, h.NowSeconds + 86_400, new DepositOperation(AddressOf("a"), 5 * Usd));
        h.Log.FailAppends = false;
        var after = await h.Engine.PriorityRequestAsync(2, h.NowSeconds + 86_400, new DepositOperation(AddressOf("a"), 5 * Usd));

        Assert.Equal(CommandError.Stopped, failed.Error);
        Assert.Equal(CommandError.Stopped, after.Error);
        Assert.IsType<IOException>(h.Engine.Fault);
        Assert.Equal(2, h.Log.LastSequence);
    }

    [Fact]
    public async Task Restart_after_a_failed_append_replays_only_what_the_log_holds()
    {
        await using var h = await StartAsync();
        await h.NewTraderAsync("a", 100);
        var root = await h.RootAsync();
        h.Log.FailAppends = true;
        await h.Engine.PriorityRequestAsync(2, h.NowSeconds + 86_400, new DepositOperation(AddressOf("a"), 5 * Usd));
        h.Log.FailAppends = false;

        await using var restarted = h.NewEngine();
        await restarted.StartAsync();

        Assert.Equal(root, await restarted.ReadAsync(v => v.State.Root));
        Assert.Equal(100 * Usd, await restarted.ReadAsync(v => v.State.FindAccount(AddressOf("a"))!.Collateral));
    }

    [Theory]
    [InlineData(0, 1UL, 5U)]
    [InlineData(64, 0UL, 5U)]
    [InlineData(64, 1UL, 1U)]
    public void Invalid_options_are_refused_on_construction(int slots, ulong firstBatch, uint liquidator)
    {
        var options = new EngineOptions { BatchSlots = slots, FirstBatchNumber = firstBatch, Liquidator = new LiquidatorIdentity(liquidator, KeyOf("l")) };

        Assert.Throws<ArgumentOutOfRangeException>(() => new SequencerEngine(new GenesisConfig { UnderlyingStrikeSteps = [1] },
            new InMemoryOperationLog(), new ManualClock(StartMs), options, NullLogger<SequencerEngine>.Instance));
    }

    [Fact]
    public async Task Engine_time_never_runs_backwards_even_when_the_clock_does()
    {
        await using var h = await StartAsync(batchSlots: 4);
        await h.NewTraderAsync("a", 100);
        h.Clock.AdvanceSeconds(-3_600);

        await h.NewTraderAsync("b", 100);

        var batch = Assert.Single(h.Engine.SealedSince(0));
        Assert.Equal((ulong)StartMs / 1000, batch.Timestamp);
        var times = h.Log.Entries.Select(e => Rollup.Sequencer.Engine.Commands.CommandCodec.Decode(e.Payload).TimestampMs).ToArray();
        Assert.Equal(times.Order(), times);
    }
}
