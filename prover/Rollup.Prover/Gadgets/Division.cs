using Rollup.Core.Fields;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Gadgets;

/// <summary>Field division as one constraint: the quotient is a hint checked by multiplication.</summary>
public static class Division
{
    /// <summary>
    /// Allocates q with q · denominator = numerator. The constraint pins q only where the
    /// denominator is non-zero, so callers must know it cannot vanish on the inputs they accept;
    /// a zero denominator makes the witness 0, and the system is then unsatisfied unless the
    /// numerator is zero too. Witness generation never throws, so bad inputs show up as an
    /// unsatisfied system rather than an exception.
    /// </summary>
    public static Variable Divide(ConstraintSystem cs, in LinearCombination numerator, in LinearCombination denominator)
    {
        ArgumentNullException.ThrowIfNull(cs);
        var den = cs.Value(denominator);
        var quotient = cs.AllocatePrivate(den.IsZero ? Fr.Zero : cs.Value(numerator) * Fr.Inverse(den));
        cs.Enforce(quotient, denominator, numerator);
        return quotient;
    }
}
