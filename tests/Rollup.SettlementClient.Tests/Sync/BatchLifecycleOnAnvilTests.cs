using System.Numerics;
using Rollup.Core.Batches;
using Rollup.Core.Ethereum;
using Rollup.Core.Execution;
using Rollup.Core.Operations;
using Rollup.Core.Signatures;
using Rollup.Core.State;
using Rollup.SettlementClient.Abi;
using Rollup.SettlementClient.Contracts.Events;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Sync;

namespace Rollup.SettlementClient.Tests.Sync;

/// <summary>
/// Requests queued on L1, a batch built by Rollup.Core from the synced requests, committed and
/// proven (EchoVerifier), a second batch committed and reverted: the synchronizer reports all of
/// it in order, with the calldata byte-equal to what was sent.
/// </summary>
public class BatchLifecycleOnAnvilTests(RollupDevnet devnet) : IClassFixture<RollupDevnet>
{
    private static readonly AbiFunction RevertBatches = AbiFunction.Parse("revertBatches(uint64)");
    private static readonly L1Address Bob = L1Address.Parse("0x0000000000000000000000000000000000000b0b");

    [Fact]
    public async Task Requests_in_queue_order_then_commit_prove_and_revert_are_reported_with_their_calldata()
    {
        var sink = new RecordingSink();
        var sync = new L1Synchronizer(devnet.Eth, new L1SyncOptions { Contract = devnet.Rollup, StartBlock = devnet.DeploymentBlock, Confirmations = 0, PageSize = 3 }, sink);
        var me = devnet.Key.GetAddress();
        var l2Key = new PrivateKey(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()).GetPublicKey().Pack();

        await devnet.RegisterKeyAsync(l2Key);
        await devnet.DepositAsync(me, 5 * RollupDevnet.Usd);
        await devnet.DepositAsync(Bob, 7 * RollupDevnet.Usd);
        await sync.SyncOnceAsync();

        var requests = sink.PriorityRequests.ToArray();
        Assert.Equal([0UL, 1, 2], requests.Select(r => r.Index));
        Assert.Equal([PriorityRequestKind.L1RegisterKey, PriorityRequestKind.Deposit, PriorityRequestKind.Deposit], requests.Select(r => r.Kind));
        Assert.All(requests, r => Assert.Equal(me, r.Sender));
        Assert.Equal([.. me.ToBytes(), .. l2Key], requests[0].Fields);
        Assert.Equal(new DepositOperation(me, 5 * RollupDevnet.Usd), requests[1].ToOperation());
        Assert.Equal(new DepositOperation(Bob, 7 * RollupDevnet.Usd), requests[2].ToOperation());
        Assert.Equal(new SyncCursor(3, 0, 0), sync.Cursor);

        // Batch 1 applies exactly the synced requests, as the sequencer would.
        var stf = new StateTransition(new RollupState(devnet.Genesis));
        var latest = await devnet.Eth.GetBlockByNumberAsync(BlockTag.Latest);
        var builder = new BatchBuilder(stf, 1, latest!.Timestamp, slots: 4);
        foreach (var r in requests) Assert.True(builder.Add(r.ToOperation()).Accepted);
        var batch = builder.Seal();
        var header = new object[] { batch.Number, batch.PriorityFirst, batch.PriorityEnd, batch.OldRoot.ToBigInteger(), batch.NewRoot.ToBigInteger() };
        var commit = await devnet.SendAsync(devnet.Rollup, RollupCallAbi.CommitBatch.EncodeCall(header, batch.Pubdata, Array.Empty<BigInteger>()));
        var commitment = batch.PublicInput().ToBigInteger();
        var proof = new object[] { new[] { commitment, 2 }, new[] { new BigInteger[] { 3, 4 }, new BigInteger[] { 5, 6 } }, new BigInteger[] { 7, 8 } };
        var prove = await devnet.SendAsync(devnet.Rollup, RollupCallAbi.ProveBatch.EncodeCall(1UL, proof));

        // Batch 2 (no requests) committed, then reverted by the sequencer.
        var second = new BatchBuilder(stf, 2, latest.Timestamp + 1, slots: 2).Seal();
        await devnet.SendAsync(devnet.Rollup, RollupCallAbi.CommitBatch.EncodeCall(
            new object[] { 2UL, second.PriorityFirst, second.PriorityEnd, second.OldRoot.ToBigInteger(), second.NewRoot.ToBigInteger() }, second.Pubdata, Array.Empty<BigInteger>()));
        await devnet.SendAsync(devnet.Rollup, RevertBatches.EncodeCall(1UL));
        await sync.SyncOnceAsync();

        var updates = sink.Batches.ToArray();
        Assert.Equal(["BatchCommit:1", "BatchProof:1", "BatchCommit:2", "BatchRevert:2"], updates.Select(u => $"{u.GetType().Name}:{u.BatchNumber}"));
        var committed = (BatchCommit)updates[0];
        Assert.Equal(commit.BlockNumber, committed.Event.Position.BlockNumber);
        Assert.Equal(new CommittedBatchHeader(1, 0, 3, batch.OldRoot.ToBigInteger(), batch.NewRoot.ToBigInteger()), committed.Call.Header);
        Assert.Equal(batch.Pubdata, committed.Call.Pubdata);
        Assert.Empty(committed.Call.KeyXs);
        Assert.Equal(commitment, committed.Event.Commitment);
        var proven = (BatchProof)updates[1];
        Assert.Equal(prove.TransactionHash, proven.Event.Position.TransactionHash);
        Assert.Equal(batch.NewRoot.ToBigInteger(), proven.Event.Root);
        Assert.Equal([commitment, 2], proven.Call!.Proof.A);
        Assert.Equal([new BigInteger(3), 4], proven.Call.Proof.B[0]);
        Assert.Equal(second.PublicInput().ToBigInteger(), ((BatchRevert)updates[3]).Event.Commitment);
        Assert.Equal(new SyncCursor(3, 1, 1), sync.Cursor);
        Assert.Empty(sink.Rewinds);
    }
}
