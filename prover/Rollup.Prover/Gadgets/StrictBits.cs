using Rollup.Core.Fields;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Gadgets;

/// <summary>
/// The 254-bit decomposition of a field element that is unique: the bits must spell the
/// canonical value (&lt;= r - 1), not value + r, which also fits in 254 bits and sums to the
/// same element. Needed wherever bits of an arbitrary field element feed a hash or a signature.
/// </summary>
public static class StrictBits
{
    public const int BitCount = 254;

    private static readonly UInt256 RMinusOne = UInt256.Subtract(Fr.Modulus, new UInt256(1), out _);

    public static Variable[] ToBits(ConstraintSystem cs, in LinearCombination value)
    {
        ArgumentNullException.ThrowIfNull(cs);
        return ToBits(cs, value, cs.Value(value).ToUInt256());
    }

    internal static Variable[] ToBits(ConstraintSystem cs, in LinearCombination value, in UInt256 bitsHint)
    {
        var bits = BitDecomposition.Decompose(cs, value, BitCount, bitsHint);
        Comparison.AssertAtMost(cs, bits, RMinusOne);
        return bits;
    }
}
