using System.Buffers.Binary;
using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.Core.Signatures;

namespace Rollup.Sequencer.Engine.Commands;

/// <summary>Strict big-endian reader: truncation and non-canonical values are format errors.</summary>
internal ref struct CommandReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _offset;

    public CommandReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _offset = 0;
    }

    public readonly int Remaining => _data.Length - _offset;

    public byte U8() => Take(1)[0];

    public ushort U16() => BinaryPrimitives.ReadUInt16BigEndian(Take(2));

    public uint U32() => BinaryPrimitives.ReadUInt32BigEndian(Take(4));

    public ulong U64() => BinaryPrimitives.ReadUInt64BigEndian(Take(8));

    public long I64() => BinaryPrimitives.ReadInt64BigEndian(Take(8));

    public Fr Field() => Fr.TryReadBigEndian(Take(32), out var f) ? f : throw new CommandFormatException("field element is not canonical");

    public L1Address Address() => L1Address.FromBytes(Take(L1Address.Size));

    public Signature Signature() =>
        Core.Signatures.Signature.TryUnpack(Take(Core.Signatures.Signature.PackedLength), out var s)
            ? s
            : throw new CommandFormatException("signature does not unpack");

    public byte[] Bytes(int n) => Take(n).ToArray();

    public readonly void End()
    {
        if (Remaining != 0) throw new CommandFormatException($"{Remaining} trailing bytes");
    }

    private ReadOnlySpan<byte> Take(int n)
    {
        if (_offset + n > _data.Length) throw new CommandFormatException($"truncated: needed {n} bytes at offset {_offset}, have {_data.Length - _offset}");
        var span = _data.Slice(_offset, n);
        _offset += n;
        return span;
    }
}
