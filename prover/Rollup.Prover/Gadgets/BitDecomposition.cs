using Rollup.Core.Fields;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Gadgets;

/// <summary>
/// Splits a value into n boolean wires, least significant first, with Σ 2^i b_i = value: n + 1
/// constraints, and a range check value &lt; 2^n. Sound only while 2^n &lt;= r (n &lt;= 253): with
/// 254 bits the sum wraps and x, x + r both decompose, which <see cref="StrictBits"/> excludes.
/// </summary>
public static class BitDecomposition
{
    public const int MaxBits = 253;

    public static Variable[] ToBits(ConstraintSystem cs, in LinearCombination value, int bitCount)
    {
        ArgumentNullException.ThrowIfNull(cs);
        ArgumentOutOfRangeException.ThrowIfLessThan(bitCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bitCount, MaxBits);
        return Decompose(cs, value, bitCount, cs.Value(value).ToUInt256());
    }

    /// <summary>Constrains value &lt; 2^bitCount.</summary>
    public static void RangeCheck(ConstraintSystem cs, in LinearCombination value, int bitCount) => ToBits(cs, value, bitCount);

    /// <summary>
    /// The decomposition with the witness bits taken from <paramref name="bitsHint"/>, which an
    /// honest prover sets to the canonical value; tests pass other patterns to play a cheating prover.
    /// </summary>
    internal static Variable[] Decompose(ConstraintSystem cs, in LinearCombination value, int bitCount, in UInt256 bitsHint)
    {
        var bits = new Variable[bitCount];
        var sum = LinearCombination.Zero;
        var power = Fr.One;
        for (int i = 0; i < bitCount; i++)
        {
            bits[i] = Booleans.AllocateBit(cs, bitsHint.Bit(i));
            sum += bits[i] * power;
            power += power;
        }
        cs.EnforceEqual(sum, value);
        return bits;
    }
}
