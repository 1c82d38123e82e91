using System.Globalization;
using System.Numerics;
using M = Rollup.Core.Fields.Montgomery256<Rollup.Core.Fields.FrModulus>;

namespace Rollup.Core.Fields;

public readonly partial struct Fr
{
    private static BigInteger ModulusBig => BigModulus.Value;

    private static class BigModulus
    {
        public static readonly BigInteger Value = new UInt256(FrModulus.Q0, FrModulus.Q1, FrModulus.Q2, FrModulus.Q3).ToBigInteger();
    }

    public static Fr FromUInt64(ulong v)
    {
        M.ToMontgomery(v, 0, 0, 0, out var r0, out var r1, out var r2, out var r3);
        return new Fr(r0, r1, r2, r3);
    }

    public static Fr FromInt64(long v) => v >= 0 ? FromUInt64((ulong)v) : Negate(FromUInt64((ulong)(-(v + 1)) + 1));

    /// <summary>The element with canonical value v; throws if v &gt;= r (no silent reduction).</summary>
    public static Fr FromCanonical(in UInt256 v)
    {
        if (!TryFromCanonical(v, out var f))
            throw new ArgumentOutOfRangeException(nameof(v), "value is not below the field modulus r");
        return f;
    }

    public static bool TryFromCanonical(in UInt256 v, out Fr f)
    {
        if (!M.IsCanonical(v.L0, v.L1, v.L2, v.L3))
        {
            f = default;
            return false;
        }
        M.ToMontgomery(v.L0, v.L1, v.L2, v.L3, out var r0, out var r1, out var r2, out var r3);
        f = new Fr(r0, r1, r2, r3);
        return true;
    }

    /// <summary>v mod r, for any integer including negatives.</summary>
    public static Fr FromBigInteger(BigInteger v)
    {
        v %= ModulusBig;
        if (v.Sign < 0) v += ModulusBig;
        return FromCanonical(UInt256.FromBigInteger(v));
    }

    /// <summary>Reduces 32 bytes (any 256-bit value) modulo r.</summary>
    public static Fr FromBytesReduced(ReadOnlySpan<byte> bigEndian32)
    {
        var v = UInt256.ReadBigEndian(bigEndian32);
        // 2^256 < 6r, so at most five subtractions; the Montgomery kernel wants inputs below r.
        while (v >= Modulus) v = UInt256.Subtract(v, Modulus, out _);
        M.ToMontgomery(v.L0, v.L1, v.L2, v.L3, out var r0, out var r1, out var r2, out var r3);
        return new Fr(r0, r1, r2, r3);
    }

    public UInt256 ToUInt256()
    {
        M.FromMontgomery(M0, M1, M2, M3, out var c0, out var c1, out var c2, out var c3);
        return new UInt256(c0, c1, c2, c3);
    }

    public BigInteger ToBigInteger() => ToUInt256().ToBigInteger();

    /// <summary>The canonical value if it fits in 64 bits; throws otherwise.</summary>
    public ulong ToUInt64()
    {
        var v = ToUInt256();
        if ((v.L1 | v.L2 | v.L3) != 0) throw new OverflowException("field element does not fit in 64 bits");
        return v.L0;
    }

    public void WriteBigEndian(Span<byte> destination32) => ToUInt256().WriteBigEndian(destination32);

    public byte[] ToBigEndianBytes()
    {
        var b = new byte[32];
        WriteBigEndian(b);
        return b;
    }

    /// <summary>Reads a canonical 32-byte big-endian value; false if it is not below r.</summary>
    public static bool TryReadBigEndian(ReadOnlySpan<byte> source32, out Fr f) =>
        TryFromCanonical(UInt256.ReadBigEndian(source32), out f);

    /// <summary>Parses a decimal or 0x-hex string; the value must be below r.</summary>
    public static bool TryParse(string? s, out Fr f)
    {
        f = default;
        if (string.IsNullOrWhiteSpace(s)) return false;
        s = s.Trim();
        BigInteger v;
        if (s.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            var hex = s[2..];
            if (hex.Length == 0 || hex.Length > 64) return false;
            if (!BigInteger.TryParse("0" + hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out v)) return false;
        }
        else
        {
            if (s.Length > 78) return false;
            foreach (var c in s)
                if (c < '0' || c > '9') return false;
            v = BigInteger.Parse(s, CultureInfo.InvariantCulture);
        }
        if (v >= ModulusBig) return false;
        f = FromCanonical(UInt256.FromBigInteger(v));
        return true;
    }

    public static Fr Parse(string s) =>
        TryParse(s, out var f) ? f : throw new FormatException($"not a canonical field element: '{s}'");

    public override string ToString() => ToBigInteger().ToString(CultureInfo.InvariantCulture);

    public static implicit operator Fr(ulong v) => FromUInt64(v);
}
