namespace Rollup.Prover.Groth16.Setup;

/// <summary>What <see cref="Phase2.VerifyContributions"/> found wrong, if anything.</summary>
public enum Phase2Failure
{
    None = 0,
    /// <summary>The key carries no section 10 transcript.</summary>
    NoTranscript,
    /// <summary>No contribution at all: δ is still the generator and proofs could be forged.</summary>
    NoContribution,
    /// <summary>A record's transcript is not the hash of the circuit hash, the earlier records and its own s·G1, d·s·G1.</summary>
    TranscriptMismatch,
    /// <summary>e(s·G1, d·sp) ≠ e(d·s·G1, sp): the contributor did not prove knowledge of d.</summary>
    ProofOfKnowledgeFailed,
    /// <summary>δ after a record is not d times δ before it.</summary>
    DeltaChainBroken,
    /// <summary>A beacon record's key is not the one its beacon hash derives.</summary>
    BeaconMismatch,
    /// <summary>The key's δ1 is not the last record's δ after, or δ1 and δ2 are not the same secret.</summary>
    KeyDeltaMismatch,
    /// <summary>The two keys are not for the same circuit: header, α, β, γ, IC, A, B or the coefficients differ.</summary>
    CircuitMismatch,
    /// <summary>C or H was not divided by the secret δ was multiplied by.</summary>
    QueryMismatch,
}
