using Rollup.Core.Fields;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Gadgets;

/// <summary>
/// Bits in the order SHA-256 and the EVM read them: most significant first, and within bytes the
/// top bit first. Conversions to and from field values, so byte strings built from circuit values
/// (a commitment preimage) can be hashed and a digest can come back as a field element.
/// </summary>
public static class BigEndianBits
{
    /// <summary>At most 253 bits pack into a field element without wrapping (2^253 &lt; r).</summary>
    public const int MaxPackedBits = BitDecomposition.MaxBits;

    /// <summary>Σ bits[i]·2^(n−1−i), the bits read as one big-endian number. Free.</summary>
    public static LinearCombination Pack(ReadOnlySpan<LinearCombination> bits)
    {
        if (bits.Length > MaxPackedBits)
            throw new ArgumentException($"{bits.Length} bits can wrap around r; pack at most {MaxPackedBits}", nameof(bits));
        var sum = LinearCombination.Zero;
        var power = Fr.One;
        for (int i = bits.Length - 1; i >= 0; i--)
        {
            sum += bits[i] * power;
            power += power;
        }
        return sum;
    }

    /// <summary>Bytes as boolean private wires (one constraint per bit), top bit of each byte first.</summary>
    public static LinearCombination[] Allocate(ConstraintSystem cs, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(cs);
        var bits = new LinearCombination[bytes.Length * 8];
        for (int i = 0; i < bits.Length; i++) bits[i] = Booleans.AllocateBit(cs, ((bytes[i / 8] >> (7 - (i % 8))) & 1) != 0);
        return bits;
    }

    /// <summary>The bits spelling a constant byte string: free.</summary>
    public static LinearCombination[] Constant(ReadOnlySpan<byte> bytes)
    {
        var bits = new LinearCombination[bytes.Length * 8];
        for (int i = 0; i < bits.Length; i++) bits[i] = ((bytes[i / 8] >> (7 - (i % 8))) & 1) != 0 ? Fr.One : Fr.Zero;
        return bits;
    }

    /// <summary>The n-bit big-endian form of a value, which is range-checked to n &lt;= 253 bits (n + 1 constraints).</summary>
    public static LinearCombination[] FromValue(ConstraintSystem cs, in LinearCombination value, int bitCount) =>
        Reversed(BitDecomposition.ToBits(cs, value, bitCount), bitCount);

    /// <summary>
    /// The 32-byte big-endian canonical encoding of a field element (<see cref="Fr.WriteBigEndian"/>):
    /// two zero bits, then the unique 254-bit decomposition (<see cref="StrictBits"/>).
    /// </summary>
    public static LinearCombination[] FromFieldElement(ConstraintSystem cs, in LinearCombination value) =>
        Reversed(StrictBits.ToBits(cs, value), 256);

    private static LinearCombination[] Reversed(Variable[] lsbFirst, int width)
    {
        var bits = new LinearCombination[width];
        for (int i = 0; i < lsbFirst.Length; i++) bits[width - 1 - i] = lsbFirst[i];
        return bits;
    }
}
