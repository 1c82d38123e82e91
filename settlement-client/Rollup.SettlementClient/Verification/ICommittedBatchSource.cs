namespace Rollup.SettlementClient.Verification;

/// <summary>
/// The committed batches of one rollup deployment, as L1 holds them (the L1 synchronizer in
/// production). Batches come in ascending number order from <c>firstBatch</c>, each one only
/// once it is past the source's confirmation depth; the sequence ends at the source's head.
/// A reverted batch is never yielded: the source gives what the chain holds now.
/// </summary>
public interface ICommittedBatchSource
{
    IAsyncEnumerable<CommittedBatch> ReadBatchesAsync(ulong firstBatch, CancellationToken cancellationToken);
}
