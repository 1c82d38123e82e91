using Rollup.Core.Fields;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Gadgets.Jubjub;

/// <summary>
/// A point of Baby Jubjub's Montgomery form v² = u³ + A·u² + u as circuit values. Only points of
/// odd order other than the identity are ever represented (the identity has no affine form).
/// </summary>
public readonly struct MontgomeryPoint(LinearCombination u, LinearCombination v)
{
    public LinearCombination U { get; } = u;

    public LinearCombination V { get; } = v;

    public static MontgomeryPoint Constant(in Fr u, in Fr v) => new(u, v);

    public (Fr U, Fr V) ValueIn(ConstraintSystem cs)
    {
        ArgumentNullException.ThrowIfNull(cs);
        return (cs.Value(U), cs.Value(V));
    }
}
