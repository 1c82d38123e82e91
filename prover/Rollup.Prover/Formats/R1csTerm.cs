using Rollup.Core.Fields;

namespace Rollup.Prover.Formats;

/// <summary>One term coefficient * wire of a sparse linear combination in an .r1cs file.</summary>
public readonly record struct R1csTerm(uint Wire, Fr Coefficient);
