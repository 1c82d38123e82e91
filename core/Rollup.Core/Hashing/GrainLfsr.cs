using Rollup.Core.Fields;

namespace Rollup.Core.Hashing;

/// <summary>
/// The 80-bit Grain LFSR with self-shrinking output, as used by the Poseidon paper's
/// parameter script (generate_parameters_grain.sage). Deriving constants from it in code,
/// rather than pasting tables, lets anyone re-check them against the published procedure.
/// </summary>
public sealed class GrainLfsr
{
    private const int StateBits = 80;
    private const int WarmUpBits = 160;
    private static readonly UInt128 StateMask = (UInt128.One << StateBits) - 1;

    // Bit k of the reference script's list (k = 0 is the oldest) lives at position 79 - k,
    // so shifting left drops the oldest bit and the new bit enters at position 0.
    private UInt128 _state;

    /// <summary>
    /// Seeds the register from the instance description, MSB first: field type (2 bits),
    /// S-box type (4), field size in bits (12), width (12), full rounds (10), partial rounds (10),
    /// then 30 ones; the first 160 output bits are discarded.
    /// </summary>
    public GrainLfsr(int fieldType, int sboxType, int fieldBits, int width, int roundsFull, int roundsPartial)
    {
        UInt128 s = UInt128.Zero;
        Append(ref s, fieldType, 2);
        Append(ref s, sboxType, 4);
        Append(ref s, fieldBits, 12);
        Append(ref s, width, 12);
        Append(ref s, roundsFull, 10);
        Append(ref s, roundsPartial, 10);
        Append(ref s, (1 << 30) - 1, 30);
        _state = s;
        for (int i = 0; i < WarmUpBits; i++) Clock();
    }

    /// <summary>The seeding used for Poseidon over a prime field with the x^5 S-box (field type 1, S-box type 0).</summary>
    public static GrainLfsr ForPrimeFieldPower(int fieldBits, int width, int roundsFull, int roundsPartial) =>
        new(1, 0, fieldBits, width, roundsFull, roundsPartial);

    /// <summary>The raw 80-bit register, oldest bit most significant (for tests and diagnostics).</summary>
    public UInt128 State => _state;

    /// <summary>Next bit of the self-shrinking output: pairs (a, b) are drawn until a = 1, then b is emitted.</summary>
    public bool NextBit()
    {
        while (true)
        {
            bool a = Clock();
            bool b = Clock();
            if (a) return b;
        }
    }

    /// <summary>The next <paramref name="count"/> output bits (at most 256) as an integer, first bit most significant.</summary>
    public UInt256 NextBits(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 256);
        ulong l0 = 0, l1 = 0, l2 = 0, l3 = 0;
        for (int i = 0; i < count; i++)
        {
            l3 = (l3 << 1) | (l2 >> 63);
            l2 = (l2 << 1) | (l1 >> 63);
            l1 = (l1 << 1) | (l0 >> 63);
            l0 = (l0 << 1) | (NextBit() ? 1UL : 0UL);
        }
        return new UInt256(l0, l1, l2, l3);
    }

    private bool Clock()
    {
        UInt128 s = _state;
        UInt128 bit = (s >> (79 - 62)) ^ (s >> (79 - 51)) ^ (s >> (79 - 38)) ^ (s >> (79 - 23)) ^ (s >> (79 - 13)) ^ (s >> 79);
        bit &= UInt128.One;
        _state = ((s << 1) | bit) & StateMask;
        return bit != UInt128.Zero;
    }

    private static void Append(ref UInt128 s, int value, int bits)
    {
        if (value < 0 || (bits < 31 && value >= 1 << bits))
            throw new ArgumentOutOfRangeException(nameof(value), $"{value} does not fit in {bits} bits");
        s = (s << bits) | (UInt128)(uint)value;
    }
}
