using System.Globalization;
using System.Numerics;
using Rollup.Core.Fields;
using M = Rollup.Core.Fields.Montgomery256<Rollup.Prover.Fields.FpModulus>;

namespace Rollup.Prover.Fields;

public readonly partial struct Fp
{
    private static BigInteger ModulusBig => BigModulus.Value;

    // Its own class so it is computed on first use, independent of the file order of Fp's initialisers.
    private static class BigModulus
    {
        public static readonly BigInteger Value = new UInt256(FpModulus.Q0, FpModulus.Q1, FpModulus.Q2, FpModulus.Q3).ToBigInteger();
    }

    /// <summary>p as a BigInteger.</summary>
    public static BigInteger ModulusBigInteger => ModulusBig;

    public static Fp FromUInt64(ulong v)
    {
        M.ToMontgomery(v, 0, 0, 0, out var r0, out var r1, out var r2, out var r3);
        return new Fp(r0, r1, r2, r3);
    }

    public static Fp FromInt64(long v) => v >= 0 ? FromUInt64((ulong)v) : Negate(FromUInt64((ulong)(-(v + 1)) + 1));

    /// <summary>The element with canonical value v; throws if v &gt;= p (no silent reduction).</summary>
    public static Fp FromCanonical(in UInt256 v)
    {
        if (!TryFromCanonical(v, out var f))
            throw new ArgumentOutOfRangeException(nameof(v), "value is not below the field modulus p");
        return f;
    }

    public static bool TryFromCanonical(in UInt256 v, out Fp f)
    {
        if (!M.IsCanonical(v.L0, v.L1, v.L2, v.L3))
        {
            f = default;
            return false;
        }
        M.ToMontgomery(v.L0, v.L1, v.L2, v.L3, out var r0, out var r1, out var r2, out var r3);
        f = new Fp(r0, r1, r2, r3);
        return true;
    }

    /// <summary>
    /// The element whose Montgomery form is m (value = m·2^-256 mod p), as snarkjs stores
    /// coordinates in .zkey files; false if m is not below p. Our Fp uses the same 2^256
    /// Montgomery radix, so the limbs are taken over without a conversion.
    /// </summary>
    internal static bool TryFromMontgomery(in UInt256 m, out Fp f)
    {
        if (!M.IsCanonical(m.L0, m.L1, m.L2, m.L3))
        {
            f = default;
            return false;
        }
        f = new Fp(m.L0, m.L1, m.L2, m.L3);
        return true;
    }

    /// <summary>The Montgomery limbs (value·2^256 mod p), the form snarkjs writes coordinates in.</summary>
    internal UInt256 ToMontgomery() => new(M0, M1, M2, M3);

    /// <summary>v mod p, for any integer including negatives.</summary>
    public static Fp FromBigInteger(BigInteger v)
    {
        v %= ModulusBig;
        if (v.Sign < 0) v += ModulusBig;
        return FromCanonical(UInt256.FromBigInteger(v));
    }

    public UInt256 ToUInt256()
    {
        M.FromMontgomery(M0, M1, M2, M3, out var c0, out var c1, out var c2, out var c3);
        return new UInt256(c0, c1, c2, c3);
    }

    public BigInteger ToBigInteger() => ToUInt256().ToBigInteger();

    public void WriteBigEndian(Span<byte> destination32) => ToUInt256().WriteBigEndian(destination32);

    public byte[] ToBigEndianBytes()
    {
        var b = new byte[32];
        WriteBigEndian(b);
        return b;
    }

    /// <summary>Reads a canonical 32-byte big-endian value; false if it is not below p.</summary>
    public static bool TryReadBigEndian(ReadOnlySpan<byte> source32, out Fp f)
    {
        if (source32.Length != 32)
        {
            f = default;
            return false;
        }
        return TryFromCanonical(UInt256.ReadBigEndian(source32), out f);
    }

    /// <summary>Reads a canonical 32-byte big-endian value; throws if it is not below p.</summary>
    public static Fp ReadBigEndian(ReadOnlySpan<byte> source32) =>
        TryReadBigEndian(source32, out var f) ? f : throw new FormatException("not a canonical 32-byte base-field element");

    /// <summary>Parses a decimal string (as snarkjs writes coordinates); the value must be below p.</summary>
    public static bool TryParse(string? s, out Fp f)
    {
        f = default;
        if (string.IsNullOrWhiteSpace(s)) return false;
        s = s.Trim();
        if (s.Length > 78) return false;
        foreach (var c in s)
            if (c < '0' || c > '9') return false;
        var v = BigInteger.Parse(s, CultureInfo.InvariantCulture);
        if (v >= ModulusBig) return false;
        f = FromCanonical(UInt256.FromBigInteger(v));
        return true;
    }

    public static Fp Parse(string s) =>
        TryParse(s, out var f) ? f : throw new FormatException($"not a canonical base-field element: '{s}'");

    public override string ToString() => ToBigInteger().ToString(CultureInfo.InvariantCulture);

    public static implicit operator Fp(ulong v) => FromUInt64(v);
}
