namespace Rollup.SettlementClient.Sync;

/// <summary>
/// What one <see cref="L1Synchronizer.SyncOnceAsync"/> did: the node's head, the last processed
/// block (null before the first), how many blocks with events were applied and, if the chain
/// reorganised, the block rewound to.
/// </summary>
public sealed record L1SyncProgress(ulong Head, ulong? ProcessedThrough, int BlocksApplied, ulong? RewoundTo);
