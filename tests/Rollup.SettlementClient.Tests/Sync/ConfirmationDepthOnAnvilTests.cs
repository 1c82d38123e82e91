using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Sync;

namespace Rollup.SettlementClient.Tests.Sync;

public class ConfirmationDepthOnAnvilTests(RollupDevnet devnet) : IClassFixture<RollupDevnet>
{
    [Fact]
    public async Task Deposit_is_reported_only_once_it_has_the_confirmation_depth()
    {
        var sink = new RecordingSink();
        var sync = new L1Synchronizer(devnet.Eth, new L1SyncOptions { Contract = devnet.Rollup, StartBlock = devnet.DeploymentBlock, Confirmations = 3 }, sink);
        var to = L1Address.Parse("0x00000000000000000000000000000000000c0ffe");
        var receipt = await devnet.DepositAsync(to, 25 * RollupDevnet.Usd);

        var progress = await sync.SyncOnceAsync();
        Assert.Equal(receipt.BlockNumber, progress.Head);
        Assert.Equal(receipt.BlockNumber - 3, progress.ProcessedThrough);
        Assert.Empty(sink.Blocks);

        await devnet.MineAsync(2);
        await sync.SyncOnceAsync();
        Assert.Empty(sink.Blocks);
        Assert.Equal(receipt.BlockNumber, sync.NextBlock);

        await devnet.MineAsync(1);
        progress = await sync.SyncOnceAsync();
        Assert.Equal(1, progress.BlocksApplied);
        var block = Assert.Single(sink.Blocks);
        Assert.Equal(receipt.BlockNumber, block.Number);
        Assert.Equal(receipt.BlockHash, block.Hash);
        var request = Assert.Single(block.PriorityRequests);
        Assert.Equal(new Rollup.Core.Operations.DepositOperation(to, 25 * RollupDevnet.Usd), request.ToOperation());
        Assert.Equal(new SyncCursor(1, 0, 0), sync.Cursor);
        Assert.Equal(receipt.BlockNumber + 1, sync.NextBlock);
    }
}
