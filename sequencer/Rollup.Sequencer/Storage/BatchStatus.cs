namespace Rollup.Sequencer.Storage;

/// <summary>Where a sealed batch stands on L1.</summary>
public enum BatchStatus
{
    /// <summary>Sealed by the sequencer, not yet sent to L1.</summary>
    Sealed = 0,

    /// <summary>commitBatch sent; <see cref="BatchRecord.CommitTxHash"/> names the transaction.</summary>
    CommitSent = 1,

    /// <summary>commitBatch mined; <see cref="BatchRecord.CommitL1Block"/> is its block.</summary>
    Committed = 2,

    /// <summary>A validity proof was accepted on L1.</summary>
    Proven = 3,

    /// <summary>Executed on L1: final.</summary>
    Finalized = 4,

    /// <summary>Reverted on L1 (or its commit was reorged out); it must be committed again.</summary>
    Reverted = 5,
}
