using Rollup.Prover.R1cs;

namespace Rollup.Prover.Gadgets;

/// <summary>if-then-else on a boolean wire with one constraint.</summary>
public static class ConditionalSelect
{
    /// <summary>
    /// condition ? ifTrue : ifFalse via condition · (ifTrue - ifFalse) = out - ifFalse. The
    /// condition must already be constrained boolean; otherwise out is any affine mix.
    /// </summary>
    public static Variable Select(ConstraintSystem cs, in LinearCombination condition, in LinearCombination ifTrue, in LinearCombination ifFalse)
    {
        ArgumentNullException.ThrowIfNull(cs);
        var result = cs.AllocatePrivate(cs.Value(condition).IsZero ? cs.Value(ifFalse) : cs.Value(ifTrue));
        cs.Enforce(condition, ifTrue - ifFalse, result - ifFalse);
        return result;
    }
}
