namespace Rollup.Sequencer.Storage;

public sealed partial class LiteDbOperationLog
{
    // Held by the writer for one copy and by the flusher for one swap, never across I/O.
    private readonly Lock _gate = new();
    private readonly ManualResetEventSlim _wake = new(false);
    private readonly ManualResetEventSlim _groupFull = new(false);
    private PendingEntries _pending;

    public long Append(ReadOnlySpan<byte> payload)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (Volatile.Read(ref _failure) is { } failure) throw Failed(failure);
        if (payload.Length > _options.MaxPayloadBytes)
            throw new ArgumentException($"an operation log entry holds at most {_options.MaxPayloadBytes} bytes, this one has {payload.Length}", nameof(payload));
        long sequence = _last + 1;
        long timestamp = _time.GetUtcNow().ToUnixTimeMilliseconds();
        bool first;
        bool full;
        lock (_gate)
        {
            first = _pending.Count == 0;
            _pending.Add(sequence, timestamp, payload);
            full = _pending.Count == _options.MaxGroupEntries;
        }
        Volatile.Write(ref _last, sequence);
        if (first) _wake.Set();
        if (full) _groupFull.Set();
        return sequence;
    }

    private OperationLogFailedException Failed(Exception failure) =>
        new($"the operation log failed at sequence {DurableSequence + 1} and accepts no more entries: {failure.Message}", failure);
}
