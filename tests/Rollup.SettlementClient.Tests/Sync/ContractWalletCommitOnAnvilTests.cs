using System.Numerics;
using Rollup.Core.Batches;
using Rollup.Core.Execution;
using Rollup.Core.State;
using Rollup.SettlementClient.Contracts.Events;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Sync;

namespace Rollup.SettlementClient.Tests.Sync;

public class ContractWalletCommitOnAnvilTests(ContractWalletDevnet devnet) : IClassFixture<ContractWalletDevnet>
{
    [Fact]
    public async Task Commit_sent_through_a_contract_wallet_stops_the_sync_with_the_indirect_call_error()
    {
        var sink = new RecordingSink();
        var sync = new L1Synchronizer(devnet.Eth, new L1SyncOptions { Contract = devnet.Rollup, StartBlock = devnet.DeploymentBlock, Confirmations = 0 }, sink);
        await sync.SyncOnceAsync();
        var before = (sync.NextBlock, sync.Cursor);

        var latest = await devnet.Eth.GetBlockByNumberAsync(BlockTag.Latest);
        var batch = new BatchBuilder(new StateTransition(new RollupState(devnet.Genesis)), 1, latest!.Timestamp, slots: 2).Seal();
        var header = new object[] { 1UL, 0UL, 0UL, batch.OldRoot.ToBigInteger(), batch.NewRoot.ToBigInteger() };
        var receipt = await devnet.SendThroughWalletAsync(devnet.Rollup, RollupCallAbi.CommitBatch.EncodeCall(header, batch.Pubdata, Array.Empty<BigInteger>()));
        Assert.Contains(receipt.Logs, l => l.Address == devnet.Rollup && l.Topics[0].AsSpan().SequenceEqual(RollupEventAbi.BatchCommitted.Topic0));

        var e = await Assert.ThrowsAsync<BatchCalldataException>(() => sync.SyncOnceAsync());
        Assert.True(e.IsIndirectCall);
        Assert.Contains(devnet.Wallet.ToString(), e.Message);
        Assert.Contains("directly from an EOA", e.Message);
        Assert.Equal(before, (sync.NextBlock, sync.Cursor));
        Assert.Equal(0, sink.ApplyCalls);
    }
}
