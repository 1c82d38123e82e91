using Rollup.Core.Fields;

namespace Rollup.SettlementClient.Verification;

/// <summary>
/// One batch as L1 holds it: the header and pubdata of its commitBatch call, the commitment the
/// contract stored for it (the proof's public input, docs/PROTOCOL.md §9), where it landed, and
/// the proof of its proveBatch call once there is one. A batch with a proof is finalized on L1.
/// </summary>
public sealed record CommittedBatch(
    ulong Number,
    ulong PriorityFirst,
    ulong PriorityEnd,
    Fr OldRoot,
    Fr NewRoot,
    Fr Commitment,
    byte[] Pubdata,
    ulong L1BlockNumber,
    string L1TransactionHash,
    BatchProof? Proof = null)
{
    public bool IsProven => Proof is not null;
}
