using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Rollup.Core.Batches;
using Rollup.Core.Fields;
using Rollup.Sequencer.Storage;
using Rollup.SettlementClient.Contracts.Rollup;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Sync;

namespace Rollup.Sequencer.L1;

/// <summary>
/// Keeps the batch records in step with L1: sealed when the engine publishes a batch, commit sent
/// (with the transaction once mined) from the poster, then committed, proven and finalized as the
/// confirmed L1 view shows them. A commit the confirmed view no longer holds (revertBatches, or a
/// reorg) is marked reverted; the poster commits it again and it moves back to commit sent.
/// </summary>
public sealed class BatchStatusRecorder(BatchRecordStore store, TimeProvider? time = null, ILogger<BatchStatusRecorder>? logger = null) : IBatchPostingObserver
{
    private static readonly BatchStatus[] Open = [BatchStatus.CommitSent, BatchStatus.Committed, BatchStatus.Proven, BatchStatus.Reverted];

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    /// <summary>Records a sealed batch once; a batch already recorded (replayed at start) keeps its status.</summary>
    public void Sealed(Batch batch)
    {
        if (store.Get(batch.Number) is not null) return;
        long now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        store.Upsert(new BatchRecord
        {
            Number = batch.Number,
            NewRoot = batch.NewRoot,
            Commitment = batch.CommitmentDigest(),
            PubdataHash = SHA256.HashData(batch.Pubdata),
            SealedAtMs = now,
            UpdatedAtMs = now,
        });
    }

    public void CommitSending(Batch batch)
    {
        Sealed(batch);
        Update(batch.Number, r => r with { Status = BatchStatus.CommitSent, CommitTxHash = null, CommitL1Block = null });
    }

    public void CommitMined(Batch batch, TransactionReceipt receipt) =>
        Update(batch.Number, r => r.Status > BatchStatus.CommitSent && r.Status != BatchStatus.Reverted
            ? r
            : r with { Status = BatchStatus.CommitSent, CommitTxHash = Hex.Encode(receipt.TransactionHash), CommitL1Block = receipt.BlockNumber });

    public void Executed(Batch batch, TransactionReceipt receipt) =>
        Update(batch.Number, r => r with { LatestTxHash = Hex.Encode(receipt.TransactionHash) });

    /// <summary>
    /// Moves the open records to what the view, synchronized through <paramref name="syncedThrough"/>,
    /// shows. <paramref name="storedAt"/> reads batches(n) at that block, to learn whether a proven
    /// batch's credits were executed.
    /// </summary>
    public async Task ReconcileAsync(L1RollupView view, ulong syncedThrough, Func<ulong, Task<StoredBatch>> storedAt)
    {
        foreach (var status in Open)
        {
            foreach (var record in store.WithStatus(status))
            {
                var next = await NextAsync(record, view, syncedThrough, storedAt);
                if (next == record) continue;
                store.Upsert(next with { UpdatedAtMs = _time.GetUtcNow().ToUnixTimeMilliseconds() });
                _logger.LogInformation("Batch {Batch} is {Status} on L1 (commit {TxHash} in block {L1Block})", record.Number, next.Status, next.CommitTxHash, next.CommitL1Block);
            }
        }
    }

    private static async Task<BatchRecord> NextAsync(BatchRecord record, L1RollupView view, ulong syncedThrough, Func<ulong, Task<StoredBatch>> storedAt)
    {
        if (view.TryGetBatch(record.Number, out var commit, out var proof) &&
            Fr.FromBigInteger(commit.Event.Commitment) == BatchCommitment.PublicInput(record.Commitment))
        {
            var next = record with
            {
                Status = proof is null ? BatchStatus.Committed : BatchStatus.Proven,
                CommitTxHash = Hex.Encode(commit.Event.Position.TransactionHash),
                CommitL1Block = commit.Event.Position.BlockNumber,
                LatestTxHash = proof is null ? record.LatestTxHash : record.LatestTxHash ?? Hex.Encode(proof.Event.Position.TransactionHash),
            };
            if (proof is not null)
            {
                // Proven is final in a validity rollup; what is left is paying the L1 credits.
                var stored = await storedAt(record.Number);
                if (!stored.HasCredits || stored.Executed) next = next with { Status = BatchStatus.Finalized };
            }
            return next;
        }
        bool seenGone = record.Status is BatchStatus.Committed or BatchStatus.Proven
            || (record.Status == BatchStatus.CommitSent && record.CommitL1Block is { } block && block <= syncedThrough);
        return seenGone ? record with { Status = BatchStatus.Reverted } : record;
    }

    private void Update(ulong number, Func<BatchRecord, BatchRecord> change)
    {
        var record = store.Get(number) ?? throw new InvalidOperationException($"batch {number} has no record");
        var next = change(record);
        if (next == record) return;
        store.Upsert(next with { UpdatedAtMs = _time.GetUtcNow().ToUnixTimeMilliseconds() });
    }
}
