using Rollup.Core.Fields;

namespace Rollup.Core.Curves;

/// <summary>
/// circomlib's 32-byte point encoding (packPoint / unpackPoint): y little-endian, with the top bit
/// of the last byte set when x is "negative", i.e. x &gt; (r − 1)/2. y &lt; r &lt; 2^254 leaves that bit free.
/// </summary>
public readonly partial struct JubjubPoint
{
    public const int PackedLength = 32;

    private static readonly UInt256 HalfModulus = UInt256.FromBigInteger((Fr.Modulus.ToBigInteger() - 1) / 2);

    public void Pack(Span<byte> destination32)
    {
        if (destination32.Length < PackedLength)
            throw new ArgumentException($"need {PackedLength} bytes", nameof(destination32));
        Y.ToUInt256().WriteLittleEndian(destination32);
        if (X.ToUInt256() > HalfModulus) destination32[31] |= 0x80;
    }

    public byte[] Pack()
    {
        var b = new byte[PackedLength];
        Pack(b);
        return b;
    }

    /// <summary>
    /// Decodes a packed point; false (never an exception) for a wrong length, y &gt;= r, or a y with no
    /// point on the curve. Stricter than circomlib in one place: circomlib lets y = r through. Like
    /// circomlib, the two points with x = 0, the identity and (0, −1), have no accepted encoding,
    /// which keeps the sign bit meaningful and neither is a usable key or nonce point.
    /// </summary>
    public static bool TryUnpack(ReadOnlySpan<byte> packed, out JubjubPoint point)
    {
        point = default;
        if (packed.Length != PackedLength) return false;

        Span<byte> yBytes = stackalloc byte[PackedLength];
        packed.CopyTo(yBytes);
        bool negative = (yBytes[31] & 0x80) != 0;
        yBytes[31] &= 0x7F;
        if (!Fr.TryFromCanonical(UInt256.ReadLittleEndian(yBytes), out var y)) return false;

        // From the curve equation: x² = (1 − y²) / (a − d·y²).
        var y2 = Fr.Square(y);
        var denominator = BabyJubjub.A - BabyJubjub.D * y2;
        if (denominator.IsZero) return false;
        var x2 = (Fr.One - y2) * Fr.Inverse(denominator);
        if (x2.IsZero) return false;
        if (!Fr.TrySqrt(x2, out var x)) return false;

        if (x.ToUInt256() > HalfModulus) x = Fr.Negate(x);
        if (negative) x = Fr.Negate(x);
        point = new JubjubPoint(x, y);
        return true;
    }

    public static JubjubPoint Unpack(ReadOnlySpan<byte> packed) =>
        TryUnpack(packed, out var p) ? p : throw new FormatException("not a packed Baby Jubjub point");
}
