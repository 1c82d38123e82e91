using System.Buffers.Binary;
using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.Core.Signatures;

namespace Rollup.Sequencer.Engine.Commands;

/// <summary>Big-endian fixed-width writer for the command encoding.</summary>
internal sealed class CommandWriter
{
    private byte[] _buffer;
    private int _length;

    public CommandWriter(int capacity = 128) => _buffer = new byte[capacity];

    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    public void U8(byte v) => Take(1)[0] = v;

    public void U16(ushort v) => BinaryPrimitives.WriteUInt16BigEndian(Take(2), v);

    public void U32(uint v) => BinaryPrimitives.WriteUInt32BigEndian(Take(4), v);

    public void U64(ulong v) => BinaryPrimitives.WriteUInt64BigEndian(Take(8), v);

    public void I64(long v) => BinaryPrimitives.WriteInt64BigEndian(Take(8), v);

    public void Field(in Fr v) => v.WriteBigEndian(Take(32));

    public void Address(L1Address a) => a.WriteTo(Take(L1Address.Size));

    public void Signature(in Signature s) => s.Pack(Take(Core.Signatures.Signature.PackedLength));

    public void Bytes(ReadOnlySpan<byte> b) => b.CopyTo(Take(b.Length));

    private Span<byte> Take(int n)
    {
        if (_length + n > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + n));
        var span = _buffer.AsSpan(_length, n);
        _length += n;
        return span;
    }
}
