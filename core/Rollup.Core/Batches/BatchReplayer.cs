using Rollup.Core.Execution;
using Rollup.Core.Fields;
using Rollup.Core.Pubdata;

namespace Rollup.Core.Batches;

/// <summary>Re-executes published batches from their pubdata alone: the core of rebuilding state from L1.</summary>
public static class BatchReplayer
{
    /// <summary>
    /// Applies the batch's pubdata to the state and returns the commitment it implies; the caller
    /// compares the resulting root and commitment with what L1 holds.
    /// </summary>
    public static Fr Replay(StateTransition stf, ulong number, ulong priorityFirst, ReadOnlySpan<byte> pubdata)
    {
        var oldRoot = stf.State.Root;
        var (timestamp, records) = PubdataCodec.Decode(pubdata);
        stf.Timestamp = timestamp;
        foreach (var record in records) stf.ApplyRecord(record);
        return BatchCommitment.Compute(oldRoot, stf.State.Root, number, priorityFirst, stf.State.PriorityCursor, pubdata);
    }
}
