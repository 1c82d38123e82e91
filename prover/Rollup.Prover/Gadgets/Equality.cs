using Rollup.Core.Fields;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Gadgets;

/// <summary>Zero and equality tests that yield a boolean wire, two constraints each.</summary>
public static class Equality
{
    /// <summary>
    /// 1 if x = 0 else 0. With a hint inv (1/x, or 0 for x = 0): out = 1 - x · inv and x · out = 0.
    /// The second constraint forces out = 0 whenever x ≠ 0; for x = 0 the first forces out = 1,
    /// whatever inv the prover picks.
    /// </summary>
    public static Variable IsZero(ConstraintSystem cs, in LinearCombination x)
    {
        ArgumentNullException.ThrowIfNull(cs);
        var value = cs.Value(x);
        var inverse = cs.AllocatePrivate(value.IsZero ? Fr.Zero : Fr.Inverse(value));
        var result = cs.AllocatePrivate(value.IsZero ? Fr.One : Fr.Zero);
        cs.Enforce(x, inverse, Fr.One - (LinearCombination)result);
        cs.Enforce(x, result, LinearCombination.Zero);
        return result;
    }

    public static Variable IsEqual(ConstraintSystem cs, in LinearCombination a, in LinearCombination b) => IsZero(cs, a - b);
}
