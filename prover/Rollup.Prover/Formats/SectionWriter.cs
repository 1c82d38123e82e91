using System.Buffers;
using System.Buffers.Binary;
using Rollup.Core.Fields;

namespace Rollup.Prover.Formats;

/// <summary>Builds one section's payload; the counterpart of <see cref="SectionReader"/>.</summary>
public sealed class SectionWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new();

    public void WriteUInt32(uint v)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(_buffer.GetSpan(4), v);
        _buffer.Advance(4);
    }

    public void WriteUInt64(ulong v)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(_buffer.GetSpan(8), v);
        _buffer.Advance(8);
    }

    public void WriteFr(in Fr value) => WriteUInt256(value.ToUInt256());

    public void WriteByte(byte v)
    {
        _buffer.GetSpan(1)[0] = v;
        _buffer.Advance(1);
    }

    public void WriteBytes(ReadOnlySpan<byte> bytes) => _buffer.Write(bytes);

    public void WritePrime()
    {
        WriteUInt32(SectionReader.FieldBytes);
        WriteUInt256(Fr.Modulus);
    }

    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();

    internal void WriteUInt256(in UInt256 v)
    {
        v.WriteLittleEndian(_buffer.GetSpan(SectionReader.FieldBytes));
        _buffer.Advance(SectionReader.FieldBytes);
    }
}
