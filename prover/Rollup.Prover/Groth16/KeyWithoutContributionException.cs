namespace Rollup.Prover.Groth16;

/// <summary>
/// A proving key with δ = γ: it had no phase-2 contribution, and with such a key anyone can
/// forge proofs for any public input. Contribute to it (<see cref="Setup.Phase2.Contribute(ProvingKey, string?)"/>) first.
/// </summary>
public sealed class KeyWithoutContributionException()
    : InvalidOperationException("the proving key has δ = γ (no phase-2 contribution): proofs made with it could be forged; contribute to it first");
