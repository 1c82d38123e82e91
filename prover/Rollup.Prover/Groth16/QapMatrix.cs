namespace Rollup.Prover.Groth16;

/// <summary>Which R1CS matrix a .zkey coefficient belongs to; snarkjs stores no C matrix (the prover takes c = a∘b).</summary>
public enum QapMatrix
{
    A = 0,
    B = 1,
}
