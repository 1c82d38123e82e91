using System.Buffers.Binary;
using Rollup.Core.Fields;

namespace Rollup.Prover.Formats;

/// <summary>Reads one section's payload front to back; every read is bounds-checked so a short section fails with its name.</summary>
public ref struct SectionReader
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly string _name;
    private int _pos;

    public SectionReader(ReadOnlySpan<byte> data, string name)
    {
        _data = data;
        _name = name;
        _pos = 0;
    }

    public readonly int Remaining => _data.Length - _pos;

    public uint ReadUInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

    public int ReadByte() => Take(1)[0];

    /// <summary>The next <paramref name="count"/> raw bytes, as a view into the section.</summary>
    public ReadOnlySpan<byte> ReadBytes(int count) => Take(count);

    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    /// <summary>A field element in standard form, little-endian; values &gt;= r are rejected rather than reduced.</summary>
    public Fr ReadFr()
    {
        var v = UInt256.ReadLittleEndian(Take(FieldBytes));
        if (!Fr.TryFromCanonical(v, out var f)) throw new SnarkjsFormatException($"{_name}: value {v} is not below r");
        return f;
    }

    /// <summary>32 raw little-endian bytes as an integer, unchecked: the caller knows which field and form they are in.</summary>
    public UInt256 ReadUInt256() => UInt256.ReadLittleEndian(Take(FieldBytes));

    /// <summary>The u32 field size and the prime that open .r1cs and .wtns headers: both must name BN254's r.</summary>
    public void ReadPrime()
    {
        uint fs = ReadUInt32();
        if (fs != FieldBytes) throw new SnarkjsFormatException($"{_name}: field size {fs} bytes, expected {FieldBytes}");
        var prime = UInt256.ReadLittleEndian(Take(FieldBytes));
        if (prime != Fr.Modulus) throw new SnarkjsFormatException($"{_name}: prime {prime} is not the BN254 scalar field r");
    }

    public readonly void EnsureEnd()
    {
        if (_pos != _data.Length) throw new SnarkjsFormatException($"{_name}: {_data.Length - _pos} unexpected trailing bytes");
    }

    private ReadOnlySpan<byte> Take(int n)
    {
        if (_data.Length - _pos < n) throw new SnarkjsFormatException($"{_name}: truncated (needed {n} more bytes at offset {_pos})");
        var s = _data.Slice(_pos, n);
        _pos += n;
        return s;
    }

    internal const int FieldBytes = 32;
}
