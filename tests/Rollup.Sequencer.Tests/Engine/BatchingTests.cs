using Rollup.Core.Batches;
using Rollup.Core.Execution;
using Rollup.Core.Operations;
using Rollup.Core.State;
using Rollup.Sequencer.Engine;
using static Rollup.Sequencer.Tests.Engine.EngineHarness;

namespace Rollup.Sequencer.Tests.Engine;

public class BatchingTests
{
    [Fact]
    public async Task Batch_seals_when_it_reaches_the_slot_count_and_its_pubdata_replays_to_its_root()
    {
        await using var h = await StartAsync(batchSlots: 4);
        var genesisRoot = new RollupState(h.Genesis).Root;

        await h.NewTraderAsync("a", 100);
        await h.NewTraderAsync("b", 100);

        var batch = Assert.Single(h.Engine.SealedSince(0));
        Assert.True(h.Engine.SealedBatches.TryRead(out var published));
        Assert.Same(batch, published);
        Assert.Equal((1UL, 0UL, 4UL), (batch.Number, batch.PriorityFirst, batch.PriorityEnd));
        Assert.Equal(genesisRoot, batch.OldRoot);
        Assert.Equal(await h.RootAsync(), batch.NewRoot);
        Assert.Equal(4, batch.Records.Count(r => r.Kind != OperationKind.Noop));
        var verifier = new StateTransition(new RollupState(h.Genesis));
        Assert.Equal(batch.PublicInput(), BatchReplayer.Replay(verifier, batch.Number, batch.PriorityFirst, batch.Pubdata));
        Assert.Equal(batch.NewRoot, verifier.State.Root);
    }

    [Fact]
    public async Task Seal_command_pads_with_noops_and_nothing_open_is_accepted_without_a_log_entry()
    {
        await using var h = await StartAsync(batchSlots: 8);
        await h.NewTraderAsync("a", 100);

        var seal = Must(await h.Engine.SealBatchAsync());
        var again = Must(await h.Engine.SealBatchAsync());

        var batch = Assert.Single(h.Engine.SealedSince(0));
        Assert.Equal(8, batch.Records.Count);
        Assert.Equal(6, batch.Records.Count(r => r.Kind == OperationKind.Noop));
        Assert.True(seal.Sequence > 0);
        Assert.Equal(0, again.Sequence);
        Assert.Empty(h.Engine.SealedSince(1));
    }

    [Fact]
    public async Task Tick_seals_the_open_batch_once_it_reaches_the_maximum_age()
    {
        await using var h = await StartAsync(batchSlots: 64, maxBatchAgeSeconds: 2);
        await h.NewTraderAsync("a", 100);

        h.Clock.AdvanceSeconds(1);
        var young = Must(await h.Engine.TickAsync());
        h.Clock.AdvanceSeconds(1);
        var old = Must(await h.Engine.TickAsync());

        Assert.Equal(0, young.Sequence);
        Assert.True(old.Sequence > 0);
        Assert.Equal(1UL, Assert.Single(h.Engine.SealedSince(0)).Number);
    }

    [Fact]
    public async Task Priority_request_near_its_deadline_seals_its_batch()
    {
        await using var h = await StartAsync(batchSlots: 64);

        Must(await h.Engine.PriorityRequestAsync(0, h.NowSeconds + 60, new DepositOperation(AddressOf("x"), 5 * Usd)));

        var batch = Assert.Single(h.Engine.SealedSince(0));
        Assert.Equal((0UL, 1UL), (batch.PriorityFirst, batch.PriorityEnd));
    }

    [Fact]
    public async Task Oracle_price_newer_than_the_open_batch_seals_it_and_opens_one_at_the_price_time()
    {
        await using var h = await StartAsync(batchSlots: 64);
        await h.ListAsync();
        h.Clock.AdvanceSeconds(30);

        Must(await h.PostPriceAsync(100_000));

        var first = Assert.Single(h.Engine.SealedSince(0));
        Assert.Equal((ulong)StartMs / 1000, first.Timestamp);
        Must(await h.Engine.SealBatchAsync());
        var second = Assert.Single(h.Engine.SealedSince(1));
        Assert.Equal(h.NowSeconds, second.Timestamp);
        Assert.Equal(first.NewRoot, second.OldRoot);
    }

    [Fact]
    public async Task Oracle_price_that_core_would_refuse_does_not_seal_the_open_batch()
    {
        await using var h = await StartAsync(batchSlots: 64);
        await h.ListAsync();
        h.Clock.AdvanceSeconds(30);
        var good = h.Price(100_000);
        var duplicate = good with { Submissions = [good.Submissions[0], good.Submissions[0]] };

        await EngineAssert.RefusedWithoutChangeAsync(h, CommandError.Rejected, () => h.Engine.OraclePriceAsync(duplicate));
        await EngineAssert.RefusedWithoutChangeAsync(h, CommandError.Rejected, () => h.PostPriceAsync(100_000, h.NowSeconds + 5));

        Assert.Empty(h.Engine.SealedSince(0));
        Assert.Equal(1, await h.Engine.ReadAsync(v => v.OpenBatchCount));
    }

    [Fact]
    public async Task Acknowledgement_waits_until_the_log_entry_is_durable()
    {
        var log = new InMemoryOperationLog { HoldDurability = true };
        var h = new EngineHarness(log: log);
        await using var _ = h;
        await h.Engine.StartAsync();

        var pending = h.Engine.PriorityRequestAsync(0, h.NowSeconds + 86_400, new DepositOperation(AddressOf("x"), 5 * Usd));
        await h.Engine.ReadAsync(v => v.LastSequence);

        Assert.False(pending.IsCompleted);
        Assert.Equal(1, log.LastSequence);
        log.Flush();
        var result = await pending;
        Assert.Equal(1, result.Sequence);
    }
}
