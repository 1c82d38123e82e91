namespace Rollup.SettlementClient.Verification;

/// <summary>What re-executing one committed batch showed. Every verdict after <see cref="NotProven"/> stops verification.</summary>
public enum BatchVerdict
{
    /// <summary>Re-executed to the posted root and commitment, and its proof checks.</summary>
    Verified,

    /// <summary>Re-executed to the posted root and commitment; L1 holds a proof, but no proof checker was given.</summary>
    ProofNotChecked,

    /// <summary>Re-executed to the posted root and commitment; no proof on L1 yet.</summary>
    NotProven,

    /// <summary>The batch number does not follow the last verified batch.</summary>
    NumberGap,

    /// <summary>The batch's old root is not the root the previous batch ended at.</summary>
    OldRootMismatch,

    /// <summary>The priority range does not start at the state's cursor, or re-execution consumed a different number of requests.</summary>
    PriorityMismatch,

    /// <summary>The pubdata does not decode, or a record in it cannot apply to the state.</summary>
    MalformedPubdata,

    /// <summary>Re-execution ends at another root than the posted one.</summary>
    RootMismatch,

    /// <summary>The posted commitment is not the one the batch's header and pubdata imply.</summary>
    CommitmentMismatch,

    /// <summary>The proof on L1 does not verify against the batch's commitment.</summary>
    ProofInvalid,
}
