using Rollup.SettlementClient.Contracts.Events;

namespace Rollup.SettlementClient.Sync;

/// <summary>A committed batch with its commitBatch calldata (header, pubdata, keyXs), checked against the event.</summary>
public sealed record BatchCommit(BatchCommittedEvent Event, CommitBatchCall Call) : BatchUpdate(Event.BatchNumber);
