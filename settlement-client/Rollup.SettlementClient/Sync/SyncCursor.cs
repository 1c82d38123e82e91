namespace Rollup.SettlementClient.Sync;

/// <summary>
/// What the events up to a block have established: the next priority request index and the last
/// committed and proven batch numbers. Zero everywhere at the deployment block.
/// </summary>
public readonly record struct SyncCursor(ulong NextPriorityIndex, ulong LastCommittedBatch, ulong LastProvenBatch);
