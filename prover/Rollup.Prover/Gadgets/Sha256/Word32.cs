using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Gadgets.Sha256;

/// <summary>
/// A 32-bit word as 32 boolean combinations, least significant first. Rotations and shifts only
/// re-index the bits; bitwise operations go through <see cref="BitLogic"/>, so constant bits fold.
/// </summary>
internal readonly struct Word32
{
    public const int Bits = 32;

    private readonly LinearCombination[] _bits;

    private Word32(LinearCombination[] bits) => _bits = bits;

    public LinearCombination this[int i] => _bits[i];

    public static Word32 Constant(uint value)
    {
        var bits = new LinearCombination[Bits];
        for (int i = 0; i < Bits; i++) bits[i] = ((value >> i) & 1) != 0 ? Fr.One : Fr.Zero;
        return new(bits);
    }

    /// <summary>The word spelled by 32 bits in message order (most significant first).</summary>
    public static Word32 FromBigEndian(ReadOnlySpan<LinearCombination> bits)
    {
        var result = new LinearCombination[Bits];
        for (int i = 0; i < Bits; i++) result[i] = bits[Bits - 1 - i];
        return new(result);
    }

    public void CopyBigEndianTo(Span<LinearCombination> destination)
    {
        for (int i = 0; i < Bits; i++) destination[Bits - 1 - i] = _bits[i];
    }

    public Word32 RotateRight(int n)
    {
        var bits = new LinearCombination[Bits];
        for (int i = 0; i < Bits; i++) bits[i] = _bits[(i + n) % Bits];
        return new(bits);
    }

    public Word32 ShiftRight(int n)
    {
        var bits = new LinearCombination[Bits];
        for (int i = 0; i + n < Bits; i++) bits[i] = _bits[i + n];
        return new(bits);
    }

    /// <summary>Bitwise complement, 1 − b per bit: free.</summary>
    public static Word32 Not(in Word32 a)
    {
        var bits = new LinearCombination[Bits];
        for (int i = 0; i < Bits; i++) bits[i] = Fr.One - a._bits[i];
        return new(bits);
    }

    public static Word32 Xor(ConstraintSystem cs, in Word32 a, in Word32 b)
    {
        var bits = new LinearCombination[Bits];
        for (int i = 0; i < Bits; i++) bits[i] = BitLogic.Xor(cs, a._bits[i], b._bits[i]);
        return new(bits);
    }

    /// <summary>Bitwise condition ? ifOne : ifZero (SHA-256's Ch).</summary>
    public static Word32 Choose(ConstraintSystem cs, in Word32 condition, in Word32 ifOne, in Word32 ifZero)
    {
        var bits = new LinearCombination[Bits];
        for (int i = 0; i < Bits; i++) bits[i] = BitLogic.Choose(cs, condition._bits[i], ifOne._bits[i], ifZero._bits[i]);
        return new(bits);
    }

    /// <summary>
    /// (Σ terms + constant) mod 2^32. The sum is one linear combination; it is decomposed into as
    /// many bits as its largest possible value needs (32 plus the carry bits, e.g. 35 for six
    /// words and a constant), and the low 32 are the result: that many + 1 constraints.
    /// </summary>
    public static Word32 Sum(ConstraintSystem cs, ReadOnlySpan<Word32> terms, uint constant)
    {
        LinearCombination total = Fr.FromUInt64(constant);
        ulong max = constant;
        foreach (var term in terms)
        {
            for (int i = 0; i < Bits; i++)
            {
                var bit = term._bits[i];
                total += bit * Fr.FromUInt64(1UL << i);
                max += BitLogic.IsConstant(bit, out var k) ? (k.IsZero ? 0 : 1UL << i) : 1UL << i;
            }
        }
        if (BitLogic.IsConstant(total, out var value)) return Constant((uint)value.ToUInt64());

        int width = 64 - BitOperations.LeadingZeroCount(max);
        var sumBits = BitDecomposition.ToBits(cs, total, width);
        var bits = new LinearCombination[Bits];
        for (int i = 0; i < Bits && i < width; i++) bits[i] = sumBits[i];
        return new(bits);
    }
}
