using Rollup.Core.Fields;
using Rollup.Core.State;

namespace Rollup.SettlementClient.Verification;

/// <summary>
/// Where a verification run stopped: the last verified batch, the root and commitment it ended
/// at, the last batch whose proof L1 holds, and the whole state at that point. The genesis root
/// ties it to one deployment.
/// </summary>
public sealed record VerificationCheckpoint(
    Fr GenesisRoot,
    ulong LastBatch,
    Fr Root,
    Fr LastCommitment,
    ulong LastProvenBatch,
    StateSnapshot State);
