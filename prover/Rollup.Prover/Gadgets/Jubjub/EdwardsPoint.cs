using Rollup.Core.Curves;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Gadgets.Jubjub;

/// <summary>A Baby Jubjub point in circomlib's twisted Edwards coordinates, as circuit values.</summary>
public readonly struct EdwardsPoint(LinearCombination x, LinearCombination y)
{
    public LinearCombination X { get; } = x;

    public LinearCombination Y { get; } = y;

    public static EdwardsPoint Constant(in JubjubPoint p) => new(p.X, p.Y);

    /// <summary>Two private wires holding the coordinates; nothing is checked.</summary>
    public static EdwardsPoint Allocate(ConstraintSystem cs, in JubjubPoint value)
    {
        ArgumentNullException.ThrowIfNull(cs);
        return new(cs.AllocatePrivate(value.X), cs.AllocatePrivate(value.Y));
    }

    /// <summary>−(x, y) = (−x, y): free.</summary>
    public EdwardsPoint Negate() => new(-X, Y);

    public JubjubPoint ValueIn(ConstraintSystem cs)
    {
        ArgumentNullException.ThrowIfNull(cs);
        return new(cs.Value(X), cs.Value(Y));
    }
}
