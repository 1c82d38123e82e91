using Rollup.Core.Ethereum;
using Rollup.Core.Operations;
using Rollup.SettlementClient.Sync;

namespace Rollup.SettlementClient.Tests.Sync;

public class ReorgOnAnvilTests(RollupDevnet devnet) : IClassFixture<RollupDevnet>
{
    private static readonly L1Address Alice = L1Address.Parse("0x00000000000000000000000000000000000a11ce");
    private static readonly L1Address Bob = L1Address.Parse("0x0000000000000000000000000000000000000b0b");

    [Fact]
    public async Task Reorg_is_detected_by_parent_hash_rewound_to_the_common_ancestor_and_the_new_chain_reported()
    {
        var sink = new RecordingSink();
        var sync = new L1Synchronizer(devnet.Eth, new L1SyncOptions { Contract = devnet.Rollup, StartBlock = devnet.DeploymentBlock, Confirmations = 0 }, sink);
        await devnet.DepositAsync(Alice, 1 * RollupDevnet.Usd);
        await sync.SyncOnceAsync();
        var ancestor = await devnet.Eth.BlockNumberAsync();
        Assert.Equal(ancestor + 1, sync.NextBlock);

        var snapshot = await devnet.SnapshotAsync();
        await devnet.DepositAsync(Alice, 2 * RollupDevnet.Usd);
        await devnet.DepositAsync(Alice, 3 * RollupDevnet.Usd);
        await sync.SyncOnceAsync();
        Assert.Equal([1UL, 2, 3], sink.PriorityRequests.Select(r => ((DepositOperation)r.ToOperation()).Amount / RollupDevnet.Usd));

        // The old branch is dropped; the new one holds other deposits and is longer.
        await devnet.RevertAsync(snapshot);
        await devnet.DepositAsync(Bob, 20 * RollupDevnet.Usd);
        await devnet.MineAsync(1);
        await devnet.DepositAsync(Bob, 30 * RollupDevnet.Usd);
        var progress = await sync.SyncOnceAsync();

        Assert.Equal(ancestor, progress.RewoundTo);
        Assert.Equal([ancestor], sink.Rewinds);
        var requests = sink.PriorityRequests.ToArray();
        Assert.Equal([0UL, 1, 2], requests.Select(r => r.Index));
        Assert.Equal([new DepositOperation(Alice, 1 * RollupDevnet.Usd), new DepositOperation(Bob, 20 * RollupDevnet.Usd), new DepositOperation(Bob, 30 * RollupDevnet.Usd)],
            requests.Select(r => r.ToOperation()));
        Assert.Equal(new SyncCursor(3, 0, 0), sync.Cursor);
        var head = await devnet.Eth.GetBlockByNumberAsync(Rollup.SettlementClient.Rpc.BlockTag.Latest);
        Assert.Equal(head!.Hash, sync.Checkpoint!.Hash);
    }

    [Fact]
    public async Task Chain_cut_back_below_the_processed_tip_is_rewound_before_it_grows_again()
    {
        var sink = new RecordingSink();
        var sync = new L1Synchronizer(devnet.Eth, new L1SyncOptions { Contract = devnet.Rollup, StartBlock = devnet.DeploymentBlock, Confirmations = 0 }, sink);
        await sync.SyncOnceAsync();
        var ancestor = sync.Checkpoint!.Number;
        var snapshot = await devnet.SnapshotAsync();
        await devnet.DepositAsync(Alice, 4 * RollupDevnet.Usd);
        await devnet.MineAsync(2);
        await sync.SyncOnceAsync();
        int before = sink.PriorityRequests.Count();

        await devnet.RevertAsync(snapshot);
        var progress = await sync.SyncOnceAsync();

        Assert.Equal(ancestor, progress.RewoundTo);
        Assert.Equal(ancestor + 1, sync.NextBlock);
        Assert.Equal(before - 1, sink.PriorityRequests.Count());
    }
}
