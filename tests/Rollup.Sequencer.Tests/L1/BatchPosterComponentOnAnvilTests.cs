using Rollup.Core.Operations;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Storage;
using Rollup.Sequencer.Tests.Engine;
using Rollup.SettlementClient.Rpc;

namespace Rollup.Sequencer.Tests.L1;

public class BatchPosterComponentOnAnvilTests
{
    [Fact]
    public async Task Sealed_batches_advance_to_finalized_and_a_withdrawal_is_executed_so_its_owner_can_claim()
    {
        await using var chain = await SequencerL1Chain.StartAsync();
        var l2Key = EngineHarness.KeyOf("operator-l2");
        var (keyX, keyY) = EngineHarness.Public(l2Key);
        await chain.Rollup.RegisterKeyAsync(keyX, keyY);
        await chain.MintAndDepositAsync(chain.Operator, 5_000_000);
        await chain.Sync.SyncOnceAsync();
        Assert.True((await chain.Engine.SealBatchAsync()).Accepted);
        var poster = chain.NewPoster();

        await poster.RoundAsync();
        var record = chain.Store.Get(1)!;
        Assert.Equal(BatchStatus.CommitSent, record.Status);
        Assert.NotNull(record.CommitTxHash);
        Assert.Equal(1UL, await chain.Rollup.LastCommittedBatchAsync());

        await chain.Sync.SyncOnceAsync();
        await poster.RoundAsync();
        record = chain.Store.Get(1)!;
        Assert.Equal(BatchStatus.Committed, record.Status);
        Assert.Equal((await chain.Eth.GetTransactionReceiptAsync(Rollup.SettlementClient.Primitives.Hex.Decode(record.CommitTxHash!)))!.BlockNumber, record.CommitL1Block);

        // Deposits and key registrations credit nothing on L1: proven is final.
        await chain.ProveAsync(1);
        await chain.Sync.SyncOnceAsync();
        await poster.RoundAsync();
        Assert.Equal(BatchStatus.Finalized, chain.Store.Get(1)!.Status);
        Assert.Equal(1UL, poster.ReleasedThrough);
        Assert.Empty(chain.Engine.SealedSince(0));

        // An L2 withdrawal: committed, proven, then executed by the poster so the owner can claim on L1.
        uint account = await chain.Engine.ReadAsync(v => v.State.FindAccount(chain.Operator)!.Id);
        uint nonce = await chain.Engine.ReadAsync(v => v.State.GetAccount(account)!.Nonce);
        var withdraw = new WithdrawOperation(account, 2_000_000, nonce, l2Key.Sign(WithdrawOperation.Message(chain.Engine.Domain, account, nonce, 2_000_000)));
        Assert.True((await chain.Engine.WithdrawAsync(withdraw)).Accepted);
        Assert.True((await chain.Engine.SealBatchAsync()).Accepted);
        await poster.RoundAsync();
        await chain.Sync.SyncOnceAsync();
        await poster.RoundAsync();
        Assert.Equal(BatchStatus.Committed, chain.Store.Get(2)!.Status);
        await chain.ProveAsync(2);
        await chain.Sync.SyncOnceAsync();
        await poster.RoundAsync();
        Assert.True((await chain.Rollup.BatchAsync(2)).Executed);
        Assert.Equal(2_000_000, (int)await chain.Rollup.PendingWithdrawalAsync(chain.Operator));
        await chain.Sync.SyncOnceAsync();
        await poster.RoundAsync();
        Assert.Equal(BatchStatus.Finalized, chain.Store.Get(2)!.Status);
        Assert.NotNull(chain.Store.Get(2)!.LatestTxHash);
        Assert.Equal(2UL, poster.ReleasedThrough);

        await chain.Rollup.ClaimAsync(2_000_000);
        Assert.Equal(0, (int)await chain.Rollup.PendingWithdrawalAsync(chain.Operator));
    }

    [Fact]
    public async Task A_commit_the_chain_loses_is_marked_reverted_and_committed_again()
    {
        await using var chain = await SequencerL1Chain.StartAsync();
        await chain.MintAndDepositAsync(EngineHarness.AddressOf("alice"), 1_000_000);
        await chain.Sync.SyncOnceAsync();
        var snapshot = (await chain.Rpc.SendAsync("evm_snapshot")).GetString()!;
        Assert.True((await chain.Engine.SealBatchAsync()).Accepted);
        var poster = chain.NewPoster();
        await poster.RoundAsync();
        await chain.Sync.SyncOnceAsync();
        await poster.RoundAsync();
        var first = chain.Store.Get(1)!;
        Assert.Equal(BatchStatus.Committed, first.Status);

        // The commit's block leaves the chain; the new chain grows past it without the commit.
        await chain.Rpc.SendAsync("evm_revert", [snapshot]);
        await chain.MineAsync(4);
        await chain.Sync.SyncOnceAsync();
        var store = chain.Store;
        await new Rollup.Sequencer.L1.BatchStatusRecorder(store).ReconcileAsync(chain.Sync.View, chain.Sync.SyncedThrough!.Value,
            n => chain.Rollup.BatchAsync(n, BlockTag.Number(chain.Sync.SyncedThrough!.Value)));
        Assert.Equal(BatchStatus.Reverted, store.Get(1)!.Status);

        await poster.RoundAsync();
        await chain.Sync.SyncOnceAsync();
        await poster.RoundAsync();
        var again = store.Get(1)!;
        Assert.Equal(BatchStatus.Committed, again.Status);
        Assert.NotEqual(first.CommitTxHash, again.CommitTxHash);
        Assert.Equal(1UL, await chain.Rollup.LastCommittedBatchAsync());
    }

    [Fact]
    public async Task Posting_stops_for_good_when_L1_holds_a_batch_this_sequencer_did_not_seal()
    {
        await using var chain = await SequencerL1Chain.StartAsync();
        // Another sequencer's batch 1 (a listing from the same genesis) is on L1.
        var foreign = new Rollup.Core.Batches.BatchBuilder(new Rollup.Core.Execution.StateTransition(new Rollup.Core.State.RollupState(chain.Genesis)), 1, await NowAsync(chain), slots: 4);
        Assert.True(foreign.Add(new ListSeriesOperation(0, 100_000_000_000, (ushort)(await NowAsync(chain) / 86_400 + 7), Rollup.Core.State.OptionKind.Call)).Accepted);
        await chain.Rollup.CommitBatchAsync(foreign.Seal());
        await chain.MintAndDepositAsync(EngineHarness.AddressOf("alice"), 1_000_000);
        await chain.Sync.SyncOnceAsync();
        Assert.True((await chain.Engine.SealBatchAsync()).Accepted);
        await chain.MintAndDepositAsync(EngineHarness.AddressOf("bob"), 1_000_000);
        await chain.Sync.SyncOnceAsync();
        Assert.True((await chain.Engine.SealBatchAsync()).Accepted);
        var nonce = await chain.Eth.GetTransactionCountAsync(chain.Operator);

        var poster = chain.NewPoster();
        await poster.StartAsync(CancellationToken.None);
        await PriorityRequestFeederOnAnvilTests.WaitUntilAsync(() => Task.FromResult(poster.Fault is not null));
        await poster.StopAsync(CancellationToken.None);
        Assert.IsType<Rollup.Sequencer.L1.BatchChainMismatchException>(poster.Fault);
        Assert.Equal(nonce, await chain.Eth.GetTransactionCountAsync(chain.Operator));
        Assert.Equal(1UL, await chain.Rollup.LastCommittedBatchAsync());
    }

    private static async Task<ulong> NowAsync(SequencerL1Chain chain) => (await chain.Eth.GetBlockByNumberAsync(BlockTag.Latest))!.Timestamp;
}
