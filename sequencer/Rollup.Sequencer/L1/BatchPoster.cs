using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Rollup.Core.Batches;
using Rollup.SettlementClient.Contracts.Reverts;
using Rollup.SettlementClient.Contracts.Rollup;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rpc;

namespace Rollup.Sequencer.L1;

/// <summary>
/// Puts the sealed batches on L1 and keeps them there: every round it reads what the contract
/// holds now and commits the sealed batches after it, in order, through the operator's
/// transaction manager (journaled, fee-bumped, confirmed). A commit that a reorg removed is
/// simply missing from L1 at the next round and is committed again. Finalized batches whose
/// withdrawals are not credited yet are executed, so traders can claim.
/// </summary>
public sealed class BatchPoster(OptionsRollupContract rollup, ISealedBatchSource batches, ILogger<BatchPoster>? logger = null, IBatchPostingObserver? observer = null)
{
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;
    private ulong _executedThrough;

    /// <summary>Commits every sealed batch L1 does not hold yet; returns how many were committed.</summary>
    public async Task<int> PostAsync(CancellationToken cancellation = default)
    {
        ulong onL1 = await rollup.LastCommittedBatchAsync(BlockTag.Latest, cancellation);
        var pending = batches.SealedAfter(onL1);
        if (pending.Count == 0) return 0;
        var root = (await rollup.BatchAsync(onL1, BlockTag.Latest, cancellation)).Root;
        int posted = 0;
        foreach (var batch in pending)
        {
            if (batch.Number != onL1 + 1)
                throw new BatchChainMismatchException($"the next sealed batch is {batch.Number}, L1 expects {onL1 + 1}");
            if (batch.OldRoot != root)
                throw new BatchChainMismatchException($"sealed batch {batch.Number} starts at root {batch.OldRoot}, L1's batch {onL1} ends at {root}");
            TransactionReceipt receipt;
            observer?.CommitSending(batch);
            try
            {
                receipt = await rollup.CommitBatchAsync(batch, cancellation);
            }
            catch (ContractRevertException e) when (e.ErrorName is "WrongBatchNumber" or "WrongPreviousRoot")
            {
                // L1 moved under us (our own earlier commit landed, or a reorg): the next round re-reads it.
                _logger.LogWarning("Commit of batch {Batch} refused by the contract ({Error}); re-reading L1 next round", batch.Number, e.ErrorName);
                return posted;
            }
            if (!receipt.Succeeded)
                throw new BatchChainMismatchException($"commitBatch {batch.Number} reverted in block {receipt.BlockNumber}");
            observer?.CommitMined(batch, receipt);
            _logger.LogInformation("Committed batch {Batch} in L1 block {L1Block}, tx {TxHash}, gas {Gas}",
                batch.Number, receipt.BlockNumber, Hex.Encode(receipt.TransactionHash), receipt.GasUsed);
            onL1 = batch.Number;
            root = batch.NewRoot;
            posted++;
        }
        return posted;
    }

    /// <summary>Executes the finalized batches with L1 credits not yet executed; returns how many were executed.</summary>
    public async Task<int> ExecuteFinalizedAsync(CancellationToken cancellation = default)
    {
        ulong proven = await rollup.LastProvenBatchAsync(BlockTag.Latest, cancellation);
        if (proven <= _executedThrough) return 0;
        var sealedBatches = batches.SealedAfter(_executedThrough);
        int executed = 0;
        foreach (var batch in sealedBatches)
        {
            if (batch.Number > proven) break;
            var stored = await rollup.BatchAsync(batch.Number, BlockTag.Latest, cancellation);
            if (stored.Commitment != batch.PublicInput())
                throw new BatchChainMismatchException($"finalized batch {batch.Number} on L1 is not the batch this sequencer sealed");
            if (stored.HasCredits && !stored.Executed)
            {
                var receipt = await rollup.ExecuteBatchAsync(batch.Number, batch.Pubdata, cancellation);
                observer?.Executed(batch, receipt);
                _logger.LogInformation("Executed batch {Batch} credits in L1 block {L1Block}, tx {TxHash}", batch.Number, receipt.BlockNumber, Hex.Encode(receipt.TransactionHash));
                executed++;
            }
            _executedThrough = batch.Number;
        }
        return executed;
    }
}
