using System.Buffers.Binary;
using System.Text;

namespace Rollup.Prover.Formats;

/// <summary>
/// The container shared by snarkjs' binary files: 4-byte magic, u32 version, u32 section
/// count, then sections {u32 type, u64 size, payload}. Writers do not agree on the section
/// order (circom writes .r1cs as 2, 1, 3), so sections are found by type.
/// </summary>
public sealed class BinaryContainer
{
    private readonly byte[] _data;
    private readonly Dictionary<uint, (int Offset, int Length)> _sections;

    private BinaryContainer(byte[] data, Dictionary<uint, (int, int)> sections)
    {
        _data = data;
        _sections = sections;
    }

    public static BinaryContainer Parse(byte[] data, string magic, uint expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(data);
        var magicBytes = Encoding.ASCII.GetBytes(magic);
        if (data.Length < 12) throw new SnarkjsFormatException($"file too short for a '{magic}' header ({data.Length} bytes)");
        if (!data.AsSpan(0, 4).SequenceEqual(magicBytes))
            throw new SnarkjsFormatException($"wrong magic: expected '{magic}', found '{Encoding.ASCII.GetString(data, 0, 4)}'");
        uint version = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(4));
        if (version != expectedVersion) throw new SnarkjsFormatException($"unsupported '{magic}' version {version} (expected {expectedVersion})");
        uint count = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(8));
        var sections = new Dictionary<uint, (int, int)>();
        long pos = 12;
        for (uint i = 0; i < count; i++)
        {
            if (data.Length - pos < 12) throw new SnarkjsFormatException($"truncated header of section {i}");
            uint type = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan((int)pos));
            ulong size = BinaryPrimitives.ReadUInt64LittleEndian(data.AsSpan((int)pos + 4));
            pos += 12;
            if (size > (ulong)(data.Length - pos)) throw new SnarkjsFormatException($"section {type} is truncated: declares {size} bytes, {data.Length - pos} remain");
            if (!sections.TryAdd(type, ((int)pos, (int)size))) throw new SnarkjsFormatException($"section {type} appears twice");
            pos += (long)size;
        }
        if (pos != data.Length) throw new SnarkjsFormatException($"{data.Length - pos} trailing bytes after the last section");
        return new BinaryContainer(data, sections);
    }

    public bool HasSection(uint type) => _sections.ContainsKey(type);

    public ReadOnlySpan<byte> Section(uint type) =>
        _sections.TryGetValue(type, out var s)
            ? _data.AsSpan(s.Offset, s.Length)
            : throw new SnarkjsFormatException($"missing section {type}");

    /// <summary>The same bytes as <see cref="Section"/>, as memory that parallel readers can slice.</summary>
    public ReadOnlyMemory<byte> SectionMemory(uint type) =>
        _sections.TryGetValue(type, out var s)
            ? _data.AsMemory(s.Offset, s.Length)
            : throw new SnarkjsFormatException($"missing section {type}");

    /// <summary>Assembles a container from (type, payload) pairs in the given order.</summary>
    public static byte[] Write(string magic, uint version, IReadOnlyList<(uint Type, byte[] Payload)> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        long total = 12;
        foreach (var (_, payload) in sections) total += 12 + payload.Length;
        var result = new byte[total];
        Encoding.ASCII.GetBytes(magic).CopyTo(result, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(4), version);
        BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(8), (uint)sections.Count);
        int pos = 12;
        foreach (var (type, payload) in sections)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(pos), type);
            BinaryPrimitives.WriteUInt64LittleEndian(result.AsSpan(pos + 4), (ulong)payload.Length);
            payload.CopyTo(result, pos + 12);
            pos += 12 + payload.Length;
        }
        return result;
    }
}
