namespace Rollup.SettlementClient.Sync;

/// <summary>A step of a batch's L1 lifecycle: committed, proven, reverted or executed.</summary>
public abstract record BatchUpdate(ulong BatchNumber);
