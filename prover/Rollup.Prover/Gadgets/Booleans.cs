using Rollup.Core.Fields;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Gadgets;

/// <summary>Boolean wires: a value constrained to 0 or 1 by b · (b - 1) = 0.</summary>
public static class Booleans
{
    public static Variable AllocateBit(ConstraintSystem cs, bool value)
    {
        ArgumentNullException.ThrowIfNull(cs);
        var b = cs.AllocatePrivate(value ? Fr.One : Fr.Zero);
        AssertBoolean(cs, b);
        return b;
    }

    public static void AssertBoolean(ConstraintSystem cs, Variable b)
    {
        ArgumentNullException.ThrowIfNull(cs);
        cs.Enforce(b, b - Fr.One, LinearCombination.Zero);
    }
}
