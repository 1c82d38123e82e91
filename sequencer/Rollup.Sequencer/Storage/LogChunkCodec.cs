using System.Buffers.Binary;
using Rollup.Sequencer.Engine;

namespace Rollup.Sequencer.Storage;

/// <summary>
/// Encoding of a chunk's entries: for each, its append time (int64 unix ms, little-endian), its
/// payload length (int32, little-endian) and the payload. Sequence numbers are implicit: a chunk
/// holds consecutive entries starting at its first sequence.
/// </summary>
internal static class LogChunkCodec
{
    public const int EntryHeaderBytes = 12;

    public static void WriteHeader(Span<byte> destination, long timestampMs, int length)
    {
        BinaryPrimitives.WriteInt64LittleEndian(destination, timestampMs);
        BinaryPrimitives.WriteInt32LittleEndian(destination[8..], length);
    }

    /// <summary>Length of the entry at <paramref name="offset"/> including its header.</summary>
    public static int EntryLength(ReadOnlySpan<byte> data, int offset) =>
        EntryHeaderBytes + BinaryPrimitives.ReadInt32LittleEndian(data[(offset + 8)..]);

    /// <summary>Decodes <paramref name="count"/> entries numbered from <paramref name="firstSequence"/>; refuses a chunk whose bytes do not match its entry count.</summary>
    public static OperationLogEntry[] Decode(byte[] data, long firstSequence, int count)
    {
        var entries = new OperationLogEntry[count];
        int offset = 0;
        for (int i = 0; i < count; i++)
        {
            if (data.Length - offset < EntryHeaderBytes)
                throw new SequencerStorageException($"operation log chunk at sequence {firstSequence} is truncated at entry {i} of {count}");
            long timestamp = BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(offset));
            int length = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(offset + 8));
            offset += EntryHeaderBytes;
            if (length < 0 || length > data.Length - offset)
                throw new SequencerStorageException($"operation log entry {firstSequence + i} has a length of {length} past the end of its chunk");
            entries[i] = new OperationLogEntry(firstSequence + i, timestamp, data.AsSpan(offset, length).ToArray());
            offset += length;
        }
        if (offset != data.Length)
            throw new SequencerStorageException($"operation log chunk at sequence {firstSequence} has {data.Length - offset} bytes after its {count} entries");
        return entries;
    }
}
