namespace Rollup.Sequencer.Storage;

/// <summary>
/// Entries appended but not yet taken by the flusher, already in chunk encoding so a flush
/// copies bytes and never re-encodes. Not thread-safe: the log guards it with a lock that the
/// writer holds for one copy and the flusher for one swap.
/// </summary>
internal sealed class PendingEntries
{
    private byte[] _buffer;

    public PendingEntries(int initialCapacity) => _buffer = new byte[initialCapacity];

    public int Count { get; private set; }

    public int Length { get; private set; }

    public long FirstSequence { get; private set; }

    public ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, Length);

    public void Add(long sequence, long timestampMs, ReadOnlySpan<byte> payload)
    {
        int needed = Length + LogChunkCodec.EntryHeaderBytes + payload.Length;
        if (needed > _buffer.Length) Grow(needed);
        if (Count == 0) FirstSequence = sequence;
        LogChunkCodec.WriteHeader(_buffer.AsSpan(Length), timestampMs, payload.Length);
        payload.CopyTo(_buffer.AsSpan(Length + LogChunkCodec.EntryHeaderBytes));
        Length = needed;
        Count++;
    }

    public void Clear()
    {
        Count = 0;
        Length = 0;
        FirstSequence = 0;
    }

    private void Grow(int needed)
    {
        var larger = new byte[Math.Max(needed, _buffer.Length * 2)];
        _buffer.AsSpan(0, Length).CopyTo(larger);
        _buffer = larger;
    }
}
