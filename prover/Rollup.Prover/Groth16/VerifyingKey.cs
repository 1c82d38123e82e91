using Rollup.Prover.Curves;

namespace Rollup.Prover.Groth16;

/// <summary>A Groth16 verifying key: α in G1, β, γ, δ in G2, and one IC point per public input plus one.</summary>
public sealed record VerifyingKey(G1Affine Alpha1, G2Affine Beta2, G2Affine Gamma2, G2Affine Delta2, G1Affine[] IC)
{
    public int PublicInputCount => IC.Length - 1;

    /// <summary>
    /// True when δ = γ, i.e. no phase-2 contribution was made. With δ = γ anyone can forge a proof
    /// for any public input, so such a key is refused by the verifier and the tools.
    /// </summary>
    public bool LacksPhase2Contribution => Delta2 == Gamma2;
}
