using System.Buffers.Binary;
using Rollup.Core.Ethereum;

namespace Rollup.Core.Pubdata;

/// <summary>Appends big-endian fixed-width fields; pubdata integers are big-endian like the EVM's.</summary>
public sealed class PubdataWriter
{
    private byte[] _buffer;

    public PubdataWriter(int capacity = 256) => _buffer = new byte[capacity];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    public byte[] ToArray() => Written.ToArray();

    private Span<byte> Take(int n)
    {
        if (Length + n > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + n));
        var span = _buffer.AsSpan(Length, n);
        Length += n;
        return span;
    }

    public void U8(byte v) => Take(1)[0] = v;
    public void U16(ushort v) => BinaryPrimitives.WriteUInt16BigEndian(Take(2), v);
    public void U32(uint v) => BinaryPrimitives.WriteUInt32BigEndian(Take(4), v);
    public void U64(ulong v) => BinaryPrimitives.WriteUInt64BigEndian(Take(8), v);

    /// <summary>The low <paramref name="bytes"/> bytes of v, big-endian (40-bit timestamps, 48-bit prices).</summary>
    public void UInt(ulong v, int bytes)
    {
        if (bytes < 8 && v >> (8 * bytes) != 0) throw new ArgumentOutOfRangeException(nameof(v), $"value does not fit in {bytes} bytes");
        var span = Take(bytes);
        for (int i = bytes - 1; i >= 0; i--, v >>= 8) span[i] = (byte)v;
    }

    public void Address(L1Address a) => a.WriteTo(Take(L1Address.Size));
    public void Bytes(ReadOnlySpan<byte> b) => b.CopyTo(Take(b.Length));
}
