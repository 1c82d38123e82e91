using System.Buffers.Binary;
using System.Numerics;

namespace Rollup.Core.Fields;

/// <summary>An unsigned 256-bit integer in four little-endian limbs: canonical field values and scalars.</summary>
public readonly struct UInt256 : IEquatable<UInt256>, IComparable<UInt256>
{
    public readonly ulong L0, L1, L2, L3;

    public UInt256(ulong l0, ulong l1 = 0, ulong l2 = 0, ulong l3 = 0)
    {
        L0 = l0; L1 = l1; L2 = l2; L3 = l3;
    }

    public static readonly UInt256 Zero;

    public bool IsZero => (L0 | L1 | L2 | L3) == 0;

    public ulong Limb(int i) => i switch { 0 => L0, 1 => L1, 2 => L2, 3 => L3, _ => throw new ArgumentOutOfRangeException(nameof(i)) };

    public bool Bit(int i) => ((Limb(i >> 6) >> (i & 63)) & 1) != 0;

    public int BitLength
    {
        get
        {
            if (L3 != 0) return 256 - BitOperations.LeadingZeroCount(L3);
            if (L2 != 0) return 192 - BitOperations.LeadingZeroCount(L2);
            if (L1 != 0) return 128 - BitOperations.LeadingZeroCount(L1);
            return 64 - BitOperations.LeadingZeroCount(L0);
        }
    }

    public static UInt256 FromBigInteger(BigInteger v)
    {
        if (v.Sign < 0 || v.GetBitLength() > 256)
            throw new ArgumentOutOfRangeException(nameof(v), "value does not fit in 256 unsigned bits");
        Span<byte> b = stackalloc byte[32];
        b.Clear();
        v.TryWriteBytes(b, out _, isUnsigned: true, isBigEndian: false);
        return ReadLittleEndian(b);
    }

    public BigInteger ToBigInteger()
    {
        Span<byte> b = stackalloc byte[32];
        WriteLittleEndian(b);
        return new BigInteger(b, isUnsigned: true, isBigEndian: false);
    }

    public static UInt256 ReadLittleEndian(ReadOnlySpan<byte> b) => new(
        BinaryPrimitives.ReadUInt64LittleEndian(b),
        BinaryPrimitives.ReadUInt64LittleEndian(b[8..]),
        BinaryPrimitives.ReadUInt64LittleEndian(b[16..]),
        BinaryPrimitives.ReadUInt64LittleEndian(b[24..]));

    public static UInt256 ReadBigEndian(ReadOnlySpan<byte> b) => new(
        BinaryPrimitives.ReadUInt64BigEndian(b[24..]),
        BinaryPrimitives.ReadUInt64BigEndian(b[16..]),
        BinaryPrimitives.ReadUInt64BigEndian(b[8..]),
        BinaryPrimitives.ReadUInt64BigEndian(b));

    public void WriteLittleEndian(Span<byte> b)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(b, L0);
        BinaryPrimitives.WriteUInt64LittleEndian(b[8..], L1);
        BinaryPrimitives.WriteUInt64LittleEndian(b[16..], L2);
        BinaryPrimitives.WriteUInt64LittleEndian(b[24..], L3);
    }

    public void WriteBigEndian(Span<byte> b)
    {
        BinaryPrimitives.WriteUInt64BigEndian(b, L3);
        BinaryPrimitives.WriteUInt64BigEndian(b[8..], L2);
        BinaryPrimitives.WriteUInt64BigEndian(b[16..], L1);
        BinaryPrimitives.WriteUInt64BigEndian(b[24..], L0);
    }

    /// <summary>a - b modulo 2^256; <paramref name="borrow"/> tells whether it wrapped (a &lt; b).</summary>
    public static UInt256 Subtract(in UInt256 a, in UInt256 b, out bool borrow)
    {
        ulong c = 0;
        ulong r0 = Fields.Limb.Sbb(a.L0, b.L0, ref c);
        ulong r1 = Fields.Limb.Sbb(a.L1, b.L1, ref c);
        ulong r2 = Fields.Limb.Sbb(a.L2, b.L2, ref c);
        ulong r3 = Fields.Limb.Sbb(a.L3, b.L3, ref c);
        borrow = c != 0;
        return new UInt256(r0, r1, r2, r3);
    }

    public int CompareTo(UInt256 other)
    {
        if (L3 != other.L3) return L3 < other.L3 ? -1 : 1;
        if (L2 != other.L2) return L2 < other.L2 ? -1 : 1;
        if (L1 != other.L1) return L1 < other.L1 ? -1 : 1;
        if (L0 != other.L0) return L0 < other.L0 ? -1 : 1;
        return 0;
    }

    public bool Equals(UInt256 other) => L0 == other.L0 && L1 == other.L1 && L2 == other.L2 && L3 == other.L3;
    public override bool Equals(object? obj) => obj is UInt256 o && Equals(o);
    public override int GetHashCode() => HashCode.Combine(L0, L1, L2, L3);
    public static bool operator ==(UInt256 a, UInt256 b) => a.Equals(b);
    public static bool operator !=(UInt256 a, UInt256 b) => !a.Equals(b);
    public static bool operator <(UInt256 a, UInt256 b) => a.CompareTo(b) < 0;
    public static bool operator >(UInt256 a, UInt256 b) => a.CompareTo(b) > 0;
    public static bool operator <=(UInt256 a, UInt256 b) => a.CompareTo(b) <= 0;
    public static bool operator >=(UInt256 a, UInt256 b) => a.CompareTo(b) >= 0;
    public override string ToString() => ToBigInteger().ToString();
}
