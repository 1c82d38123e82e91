using System.Numerics;

namespace Rollup.SettlementClient.Primitives;

/// <summary>Unsigned big-endian integers with no leading zero bytes, as RLP and transaction fields store them.</summary>
public static class BigEndianInteger
{
    public static byte[] ToMinimalBytes(BigInteger value)
    {
        if (value.Sign < 0) throw new ArgumentOutOfRangeException(nameof(value), value, "an unsigned integer cannot be negative");
        // BigInteger.Zero serialises as a single 0x00; RLP wants the empty string for zero.
        return value.IsZero ? [] : value.ToByteArray(isUnsigned: true, isBigEndian: true);
    }

    public static BigInteger FromBytes(ReadOnlySpan<byte> bytes) => new(bytes, isUnsigned: true, isBigEndian: true);

    /// <summary>Writes value into a fixed-width big-endian field (left-padded with zeros).</summary>
    public static void WriteFixed(BigInteger value, Span<byte> destination)
    {
        var bytes = ToMinimalBytes(value);
        if (bytes.Length > destination.Length)
            throw new ArgumentOutOfRangeException(nameof(value), value, $"does not fit in {destination.Length} bytes");
        destination.Clear();
        bytes.CopyTo(destination[(destination.Length - bytes.Length)..]);
    }
}
