using System.Globalization;
using Rollup.Core.Fields;

namespace Rollup.Core.Ethereum;

/// <summary>A 20-byte Ethereum address, as it appears in account leaves and pubdata.</summary>
public readonly struct L1Address : IEquatable<L1Address>
{
    private readonly ulong _hi; // bytes 0..3 (top 32 bits used)
    private readonly ulong _mid; // bytes 4..11
    private readonly ulong _lo; // bytes 12..19

    public const int Size = 20;

    public static readonly L1Address Zero;

    private L1Address(ulong hi, ulong mid, ulong lo)
    {
        _hi = hi; _mid = mid; _lo = lo;
    }

    public static L1Address FromBytes(ReadOnlySpan<byte> b20)
    {
        if (b20.Length != Size) throw new ArgumentException("an address is 20 bytes", nameof(b20));
        return new L1Address(
            System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(b20),
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(b20[4..]),
            System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(b20[12..]));
    }

    public void WriteTo(Span<byte> destination20)
    {
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(destination20, (uint)_hi);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(destination20[4..], _mid);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(destination20[12..], _lo);
    }

    public byte[] ToBytes()
    {
        var b = new byte[Size];
        WriteTo(b);
        return b;
    }

    public bool IsZero => (_hi | _mid | _lo) == 0;

    /// <summary>The address as a 160-bit field element (its big-endian integer value).</summary>
    public Fr ToField() => Fr.FromCanonical(new UInt256(_lo, _mid, _hi));

    public static bool TryParse(string? text, out L1Address address)
    {
        address = default;
        if (text is null) return false;
        var hex = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
        if (hex.Length != 2 * Size) return false;
        Span<byte> b = stackalloc byte[Size];
        for (int i = 0; i < Size; i++)
            if (!byte.TryParse(hex.AsSpan(2 * i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out b[i])) return false;
        address = FromBytes(b);
        return true;
    }

    public static L1Address Parse(string text) =>
        TryParse(text, out var a) ? a : throw new FormatException($"not a 20-byte hex address: '{text}'");

    public bool Equals(L1Address other) => _hi == other._hi && _mid == other._mid && _lo == other._lo;
    public override bool Equals(object? obj) => obj is L1Address o && Equals(o);
    public override int GetHashCode() => HashCode.Combine(_hi, _mid, _lo);
    public static bool operator ==(L1Address a, L1Address b) => a.Equals(b);
    public static bool operator !=(L1Address a, L1Address b) => !a.Equals(b);

    /// <summary>Lower-case hex with 0x; EIP-55 checksumming belongs to the settlement client.</summary>
    public override string ToString() => "0x" + Convert.ToHexStringLower(ToBytes());
}
