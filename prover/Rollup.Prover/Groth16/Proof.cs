using Rollup.Prover.Curves;

namespace Rollup.Prover.Groth16;

/// <summary>
/// A Groth16 proof (A in G1, B in G2, C in G1). (-A, -B, C) verifies as well, so a proof's bytes
/// must never serve as a replay key; the public input (the batch commitment) is the identity.
/// </summary>
public sealed record Proof(G1Affine A, G2Affine B, G1Affine C);
