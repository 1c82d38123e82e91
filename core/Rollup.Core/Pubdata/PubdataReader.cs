using System.Buffers.Binary;
using Rollup.Core.Ethereum;

namespace Rollup.Core.Pubdata;

/// <summary>Reads what <see cref="PubdataWriter"/> wrote; throws <see cref="PubdataFormatException"/> on truncation.</summary>
public ref struct PubdataReader
{
    private readonly ReadOnlySpan<byte> _data;

    public PubdataReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        Position = 0;
    }

    public int Position { get; private set; }

    public readonly bool AtEnd => Position == _data.Length;

    public readonly int Remaining => _data.Length - Position;

    private ReadOnlySpan<byte> Take(int n)
    {
        if (Position + n > _data.Length)
            throw new PubdataFormatException($"pubdata truncated at byte {Position}: need {n} more, have {_data.Length - Position}");
        var span = _data.Slice(Position, n);
        Position += n;
        return span;
    }

    public byte U8() => Take(1)[0];
    public ushort U16() => BinaryPrimitives.ReadUInt16BigEndian(Take(2));
    public uint U32() => BinaryPrimitives.ReadUInt32BigEndian(Take(4));
    public ulong U64() => BinaryPrimitives.ReadUInt64BigEndian(Take(8));

    public ulong UInt(int bytes)
    {
        var span = Take(bytes);
        ulong v = 0;
        foreach (var b in span) v = (v << 8) | b;
        return v;
    }

    public L1Address Address() => L1Address.FromBytes(Take(L1Address.Size));
    public byte[] Bytes(int n) => Take(n).ToArray();
}
