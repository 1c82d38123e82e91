using Rollup.Core.Execution;
using Rollup.Core.Fields;
using Rollup.Core.Pubdata;

namespace Rollup.Core.Batches;

/// <summary>A sealed batch: what is committed on L1 and what the prover needs.</summary>
public sealed record Batch(
    ulong Number,
    ulong Timestamp,
    ulong PriorityFirst,
    ulong PriorityEnd,
    Fr OldRoot,
    Fr NewRoot,
    byte[] Pubdata,
    IReadOnlyList<PubdataRecord> Records,
    IReadOnlyList<IReadOnlyList<TraceEntry>> Traces)
{
    public byte[] CommitmentDigest() => BatchCommitment.Digest(OldRoot, NewRoot, Number, PriorityFirst, PriorityEnd, Pubdata);

    public Fr PublicInput() => BatchCommitment.PublicInput(CommitmentDigest());
}
