using System.Buffers.Binary;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Rollup.Prover.Formats;

/// <summary>
/// A snarkjs binary container (<see cref="BinaryContainer"/>'s layout, checked the same way) read
/// in place from an open file: only the section table is read up front, so a large section can be
/// read in pieces, by several threads at once, straight into its final arrays.
/// </summary>
internal sealed class ContainerFile : IDisposable
{
    private readonly SafeFileHandle _handle;
    private readonly Dictionary<uint, (long Offset, long Length)> _sections;

    private ContainerFile(SafeFileHandle handle, Dictionary<uint, (long, long)> sections)
    {
        _handle = handle;
        _sections = sections;
    }

    /// <summary>Opens the file and reads its section table; IO errors propagate, a malformed table is a <see cref="SnarkjsFormatException"/>.</summary>
    public static ContainerFile Open(string path, string magic, uint expectedVersion)
    {
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        try
        {
            return new ContainerFile(handle, ReadTable(handle, magic, expectedVersion));
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    public bool HasSection(uint type) => _sections.ContainsKey(type);

    /// <summary>The payload length of a section; a missing section is a format error.</summary>
    public long SectionLength(uint type) => Find(type).Length;

    /// <summary>A whole section as a new array, for the small ones.</summary>
    public byte[] ReadSection(uint type)
    {
        var (offset, length) = Find(type);
        if (length > Array.MaxLength) throw new SnarkjsFormatException($"section {type} is too large ({length} bytes)");
        var result = new byte[length];
        ReadExactly(offset, result);
        return result;
    }

    /// <summary>Fills destination from the section's payload starting at offset; safe to call from several threads.</summary>
    public void Read(uint type, long offset, Span<byte> destination)
    {
        var (start, length) = Find(type);
        if (offset < 0 || offset > length - destination.Length) throw new ArgumentOutOfRangeException(nameof(offset), $"bytes {offset}..{offset + destination.Length} are outside section {type}");
        ReadExactly(start + offset, destination);
    }

    public void Dispose() => _handle.Dispose();

    private (long Offset, long Length) Find(uint type) =>
        _sections.TryGetValue(type, out var s) ? s : throw new SnarkjsFormatException($"missing section {type}");

    private void ReadExactly(long offset, Span<byte> destination) => ReadExactly(_handle, offset, destination);

    // pread stops short only at the end of the file, which the table says lies further on: a
    // short read means the file shrank under us.
    private static void ReadExactly(SafeFileHandle handle, long offset, Span<byte> destination)
    {
        while (!destination.IsEmpty)
        {
            int n = RandomAccess.Read(handle, destination, offset);
            if (n == 0) throw new SnarkjsFormatException($"the file ends at byte {offset}, before the data its header declares");
            destination = destination[n..];
            offset += n;
        }
    }

    private static Dictionary<uint, (long, long)> ReadTable(SafeFileHandle handle, string magic, uint expectedVersion)
    {
        long fileLength = RandomAccess.GetLength(handle);
        if (fileLength < 12) throw new SnarkjsFormatException($"file too short for a '{magic}' header ({fileLength} bytes)");
        Span<byte> head = stackalloc byte[12];
        ReadExactly(handle, 0, head);
        if (!head[..4].SequenceEqual(Encoding.ASCII.GetBytes(magic)))
            throw new SnarkjsFormatException($"wrong magic: expected '{magic}', found '{Encoding.ASCII.GetString(head[..4])}'");
        uint version = BinaryPrimitives.ReadUInt32LittleEndian(head[4..]);
        if (version != expectedVersion) throw new SnarkjsFormatException($"unsupported '{magic}' version {version} (expected {expectedVersion})");
        uint count = BinaryPrimitives.ReadUInt32LittleEndian(head[8..]);
        var sections = new Dictionary<uint, (long, long)>();
        long pos = 12;
        for (uint i = 0; i < count; i++)
        {
            if (fileLength - pos < 12) throw new SnarkjsFormatException($"truncated header of section {i}");
            ReadExactly(handle, pos, head);
            uint type = BinaryPrimitives.ReadUInt32LittleEndian(head);
            ulong size = BinaryPrimitives.ReadUInt64LittleEndian(head[4..]);
            pos += 12;
            if (size > (ulong)(fileLength - pos)) throw new SnarkjsFormatException($"section {type} is truncated: declares {size} bytes, {fileLength - pos} remain");
            if (!sections.TryAdd(type, (pos, (long)size))) throw new SnarkjsFormatException($"section {type} appears twice");
            pos += (long)size;
        }
        if (pos != fileLength) throw new SnarkjsFormatException($"{fileLength - pos} trailing bytes after the last section");
        return sections;
    }
}
