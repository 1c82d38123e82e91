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
}
