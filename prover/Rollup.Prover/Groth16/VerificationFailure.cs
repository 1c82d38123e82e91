namespace Rollup.Prover.Groth16;

public enum VerificationFailure
{
    None = 0,
    WrongInputCount,
    /// <summary>A public input is not below r: x and x + r would otherwise both verify.</summary>
    InputNotInField,
    ProofPointNotOnCurve,
    ProofPointNotInSubgroup,
    /// <summary>A key point is off its curve or outside its subgroup.</summary>
    InvalidKey,
    /// <summary>δ = γ: the key had no phase-2 contribution and proofs can be forged.</summary>
    KeyWithoutContribution,
    PairingFailed,
}
