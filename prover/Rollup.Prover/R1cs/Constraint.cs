namespace Rollup.Prover.R1cs;

/// <summary>A rank-1 constraint A · B = C over the witness.</summary>
public readonly record struct Constraint(LinearCombination A, LinearCombination B, LinearCombination C);
