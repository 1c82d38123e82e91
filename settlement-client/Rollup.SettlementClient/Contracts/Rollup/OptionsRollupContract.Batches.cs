using System.Numerics;
using Rollup.Core.Batches;
using Rollup.Core.Fields;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Contracts.Rollup;

/// <summary>The batch lifecycle (docs/PROTOCOL.md §9): commit, prove, revert, execute, and the stored batches.</summary>
public sealed partial class OptionsRollupContract
{
    /// <summary>Commits a batch sealed by Rollup.Core: its header, pubdata and the RegisterKey key hints.</summary>
    public Task<TransactionReceipt> CommitBatchAsync(Batch batch, CancellationToken cancellation = default) =>
        CommitBatchAsync(BatchHeader.FromBatch(batch), batch.Pubdata, BatchHeader.KeyHints(batch), cancellation);

    public Task<TransactionReceipt> CommitBatchAsync(BatchHeader header, byte[] pubdata, IReadOnlyList<Fr> keyXs, CancellationToken cancellation = default) =>
        SendAsync("commitBatch", [header.ToAbi(), pubdata, FieldWords.ToWords(keyXs)], $"commitBatch {header.BatchNumber}", cancellation: cancellation);

    /// <summary>Finalizes the next committed batch with a proof over its stored commitment.</summary>
    public Task<TransactionReceipt> ProveBatchAsync(ulong batchNumber, Groth16Proof proof, CancellationToken cancellation = default) =>
        SendAsync("proveBatch", [batchNumber, proof.ToAbi()], $"proveBatch {batchNumber}", cancellation: cancellation);

    /// <summary>Drops the committed, unproven batches after <paramref name="toBatch"/> (sequencer only).</summary>
    public Task<TransactionReceipt> RevertBatchesAsync(ulong toBatch, CancellationToken cancellation = default) =>
        SendAsync("revertBatches", [toBatch], $"revertBatches to {toBatch}", cancellation: cancellation);

    /// <summary>Credits a finalized batch's L1 payouts, listed from its pubdata by the contract's own creditsOf.</summary>
    public async Task<TransactionReceipt> ExecuteBatchAsync(ulong batchNumber, byte[] pubdata, CancellationToken cancellation = default) =>
        await ExecuteBatchWithCreditsAsync(batchNumber, await CreditsOfAsync(pubdata, cancellation), cancellation);

    /// <summary>Credits a finalized batch's L1 payouts: <paramref name="credits"/> is 28 bytes (address, amount u64) per credit, in order.</summary>
    public Task<TransactionReceipt> ExecuteBatchWithCreditsAsync(ulong batchNumber, byte[] credits, CancellationToken cancellation = default) =>
        SendAsync("executeBatch", [batchNumber, credits], $"executeBatch {batchNumber}", cancellation: cancellation);

    public Task<ulong> LastCommittedBatchAsync(BlockTag? block = null, CancellationToken cancellation = default) =>
        CallUInt64Async("lastCommittedBatch", [], block, cancellation);

    public Task<ulong> LastProvenBatchAsync(BlockTag? block = null, CancellationToken cancellation = default) =>
        CallUInt64Async("lastProvenBatch", [], block, cancellation);

    /// <summary>batches(n); batch 0 is genesis (its root is the genesis root).</summary>
    public async Task<StoredBatch> BatchAsync(ulong batchNumber, BlockTag? block = null, CancellationToken cancellation = default)
    {
        var v = await CallAsync("batches", [batchNumber], block, cancellation);
        return new StoredBatch(
            FieldWords.ToField(v[0], $"batches({batchNumber}).root"),
            FieldWords.ToField(v[1], $"batches({batchNumber}).commitment"),
            (byte[])v[2]!,
            (ulong)(BigInteger)v[3]!,
            (bool)v[4]!);
    }

    /// <summary>The L1 credits of a pubdata in executeBatch's format, as the contract lists them.</summary>
    public Task<byte[]> CreditsOfAsync(byte[] pubdata, CancellationToken cancellation = default) =>
        CallOneAsync<byte[]>("creditsOf", [pubdata], null, cancellation);

    /// <summary>The contract's own computation of a batch's public input.</summary>
    public async Task<Fr> BatchCommitmentAsync(BatchHeader header, byte[] pubdata, CancellationToken cancellation = default) =>
        FieldWords.ToField(await CallOneAsync<BigInteger>("batchCommitment", [header.ToAbi(), pubdata], null, cancellation), "batchCommitment");
}
