using Rollup.Core.Fields;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Gadgets;

/// <summary>Comparisons of values already known to fit in n bits (the caller range-checks them).</summary>
public static class Comparison
{
    public const int MaxBits = BitDecomposition.MaxBits - 1;

    /// <summary>
    /// 1 if a &lt; b else 0, for a, b &lt; 2^n: a - b + 2^n lies in [1, 2^(n+1)) and its bit n is
    /// set exactly when a &gt;= b. n + 2 constraints.
    /// </summary>
    public static LinearCombination LessThan(ConstraintSystem cs, in LinearCombination a, in LinearCombination b, int bitCount)
    {
        ArgumentNullException.ThrowIfNull(cs);
        ArgumentOutOfRangeException.ThrowIfLessThan(bitCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bitCount, MaxBits);
        var offset = Fr.Pow(Fr.FromUInt64(2), (ulong)bitCount);
        var bits = BitDecomposition.ToBits(cs, a - b + offset, bitCount + 1);
        return LinearCombination.Constant(Fr.One) - bits[bitCount];
    }

    /// <summary>
    /// Bits (boolean, LSB first) &lt;= bound, scanning from the top. "equal" is the product of
    /// the bits at the bound's one-positions seen so far: it stays 1 while the prefix matches the
    /// bound. At a zero-position of the bound a set bit while still equal would exceed it, so
    /// equal · bit = 0 there. One constraint per bit below the bound's top one; none when the
    /// bound is at least 2^n, which n bits can never exceed.
    /// </summary>
    public static void AssertAtMost(ConstraintSystem cs, ReadOnlySpan<Variable> bits, in UInt256 bound)
    {
        ArgumentNullException.ThrowIfNull(cs);
        if (bound.BitLength > bits.Length) return;
        LinearCombination equal = Variable.One;
        bool equalIsOne = true;
        for (int i = bits.Length - 1; i >= 0; i--)
        {
            if (bound.Bit(i))
            {
                if (equalIsOne) equal = bits[i];
                else equal = cs.Multiply(equal, bits[i]);
                equalIsOne = false;
            }
            else
            {
                cs.Enforce(equal, bits[i], LinearCombination.Zero);
            }
        }
    }
}
