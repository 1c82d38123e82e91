namespace Rollup.Sequencer.Rpc.Views;

/// <summary>Where a batch is in its L1 lifecycle.</summary>
public enum BatchStatus
{
    /// <summary>Open or sealed, not yet committed on L1.</summary>
    Pending,
    Committed,
    Proven,
    Finalized,
}
