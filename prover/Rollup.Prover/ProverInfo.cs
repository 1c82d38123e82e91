namespace Rollup.Prover;

/// <summary>
/// Groth16 over BN254 for the rollup's validity proofs: curve arithmetic and pairing, the R1CS
/// builder with its gadgets, setup, prover, verifiers and snarkjs-compatible files.
/// </summary>
public static class ProverInfo
{
    /// <summary>snarkjs' name for the curve, used in every JSON file it reads or writes.</summary>
    public const string CurveName = "bn128";
}
