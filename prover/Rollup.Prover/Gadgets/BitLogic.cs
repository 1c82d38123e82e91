using Rollup.Core.Fields;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Gadgets;

/// <summary>
/// Boolean operations on bits held as linear combinations, folding constants: an operation with a
/// constant operand is linear and free, so padding, initial values and round constants cost
/// nothing. Operands must already be boolean; the outputs then are too.
/// </summary>
public static class BitLogic
{
    /// <summary>True when the combination has no wire but the constant one.</summary>
    public static bool IsConstant(in LinearCombination bit, out Fr value)
    {
        var terms = bit.Terms;
        value = terms.Length == 0 ? Fr.Zero : terms[0].Coefficient;
        return terms.Length == 0 || (terms.Length == 1 && terms[0].Wire == 0);
    }

    /// <summary>a xor b = a + b − 2ab: one constraint, (2a)·b = a + b − out, unless an operand is constant.</summary>
    public static LinearCombination Xor(ConstraintSystem cs, in LinearCombination a, in LinearCombination b)
    {
        ArgumentNullException.ThrowIfNull(cs);
        if (IsConstant(a, out var ka)) return ka.IsZero ? b : Fr.One - b;
        if (IsConstant(b, out var kb)) return kb.IsZero ? a : Fr.One - a;
        var result = cs.AllocatePrivate(cs.Value(a) == cs.Value(b) ? Fr.Zero : Fr.One);
        cs.Enforce(a * Fr.FromUInt64(2), b, a + b - result);
        return result;
    }

    /// <summary>condition ? ifOne : ifZero, one constraint unless the condition or the difference is constant.</summary>
    public static LinearCombination Choose(ConstraintSystem cs, in LinearCombination condition, in LinearCombination ifOne, in LinearCombination ifZero)
    {
        ArgumentNullException.ThrowIfNull(cs);
        if (IsConstant(condition, out var k)) return k.IsZero ? ifZero : ifOne;
        var difference = ifOne - ifZero;
        if (IsConstant(difference, out var dk)) return ifZero + condition * dk;
        return ConditionalSelect.Select(cs, condition, ifOne, ifZero);
    }
}
