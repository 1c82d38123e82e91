using Rollup.Core.Fields;

namespace Rollup.Prover.Groth16;

/// <summary>One non-zero entry of the A or B matrix: Matrix[Constraint][Signal] = Value (standard value, not Montgomery).</summary>
public readonly record struct QapCoefficient(QapMatrix Matrix, int Constraint, int Signal, Fr Value);
