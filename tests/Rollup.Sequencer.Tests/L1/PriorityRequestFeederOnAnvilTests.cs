using Rollup.Core.Fields;
using Rollup.Sequencer.L1;
using Rollup.Sequencer.Tests.Engine;

namespace Rollup.Sequencer.Tests.L1;

public class PriorityRequestFeederOnAnvilTests
{
    [Fact]
    public async Task Deposits_and_key_registrations_reach_the_engine_in_queue_order_once_across_restarts()
    {
        await using var chain = await SequencerL1Chain.StartAsync();
        var alice = EngineHarness.AddressOf("alice");
        var bob = EngineHarness.AddressOf("bob");
        var (keyX, keyY) = EngineHarness.Public(EngineHarness.KeyOf("operator-l2"));
        await chain.MintAndDepositAsync(alice, 100_000_000);
        await chain.Rollup.RegisterKeyAsync(keyX, keyY);
        await chain.MintAndDepositAsync(bob, 50_000_000);

        // The component's own loop feeds them.
        await chain.Sync.StartAsync(CancellationToken.None);
        await WaitUntilAsync(async () => await chain.PriorityCursorAsync() == 3);
        await chain.Sync.StopAsync(CancellationToken.None);
        Assert.Null(chain.Sync.Fault);
        Assert.Equal(3, chain.Feeder.Fed);
        Assert.Equal(3, chain.Log.Entries.Count);
        var (a, op, b) = await chain.Engine.ReadAsync(v => (v.State.FindAccount(alice), v.State.FindAccount(chain.Operator), v.State.FindAccount(bob)));
        Assert.Equal((2u, 100_000_000UL), (a!.Id, a.Collateral));
        Assert.Equal(3u, op!.Id);
        Assert.Equal((keyX, keyY), (op.PublicKeyX, op.PublicKeyY));
        Assert.Equal((4u, 50_000_000UL), (b!.Id, b.Collateral));
        Assert.Equal(3, chain.Feeder.View.PriorityRequestCount);

        // Restart: the engine replays its log, the synchronizer starts again at the deployment block.
        await chain.RestartEngineAsync();
        chain.NewFeeder();
        await chain.Sync.SyncOnceAsync();
        Assert.Equal(0, chain.Feeder.Fed);
        Assert.Equal(3, chain.Log.Entries.Count);
        Assert.Equal(3UL, await chain.PriorityCursorAsync());

        await chain.MintAndDepositAsync(alice, 7_000_000);
        await chain.Sync.SyncOnceAsync();
        Assert.Equal(1, chain.Feeder.Fed);
        Assert.Equal(4UL, await chain.PriorityCursorAsync());
        Assert.Equal(107_000_000UL, await chain.Engine.ReadAsync(v => v.State.FindAccount(alice)!.Collateral));
    }

    [Fact]
    public async Task Reorged_request_below_the_confirmation_depth_never_reaches_the_engine_and_a_rewind_of_applied_ones_stops_feeding()
    {
        await using var chain = await SequencerL1Chain.StartAsync(confirmations: 2);
        var alice = EngineHarness.AddressOf("alice");
        var bob = EngineHarness.AddressOf("bob");
        var carol = EngineHarness.AddressOf("carol");
        await chain.Sync.SyncOnceAsync();
        var beforeAlice = (await chain.Rpc.SendAsync("evm_snapshot")).GetString()!;
        await chain.MintAndDepositAsync(alice, 1_000_000);
        await chain.Sync.SyncOnceAsync();
        Assert.Equal(0UL, await chain.PriorityCursorAsync());

        // Alice's deposit leaves the chain before it is confirmed; Bob's takes queue index 0.
        await chain.Rpc.SendAsync("evm_revert", [beforeAlice]);
        var beforeBob = (await chain.Rpc.SendAsync("evm_snapshot")).GetString()!;
        await chain.MintAndDepositAsync(bob, 2_000_000);
        await chain.MineAsync(2);
        await chain.Sync.SyncOnceAsync();
        Assert.Equal(1UL, await chain.PriorityCursorAsync());
        var (a, b) = await chain.Engine.ReadAsync(v => (v.State.FindAccount(alice), v.State.FindAccount(bob)));
        Assert.Null(a);
        Assert.Equal(2_000_000UL, b!.Collateral);

        // A reorg deeper than the confirmation depth removes Bob's applied deposit: fatal, nothing more is fed.
        await chain.Rpc.SendAsync("evm_revert", [beforeBob]);
        await chain.MintAndDepositAsync(carol, 3_000_000);
        await chain.MineAsync(6);
        await Assert.ThrowsAsync<PriorityRequestRewoundException>(() => chain.Sync.SyncOnceAsync());
        Assert.IsType<PriorityRequestRewoundException>(chain.Feeder.Fault);
        Assert.Equal(1UL, await chain.PriorityCursorAsync());
        Assert.Null(await chain.Engine.ReadAsync(v => v.State.FindAccount(carol)));
        await Assert.ThrowsAsync<PriorityRequestRewoundException>(() => chain.Sync.SyncOnceAsync());
    }

    internal static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("condition not reached in 20 s");
            await Task.Delay(25);
        }
    }
}
