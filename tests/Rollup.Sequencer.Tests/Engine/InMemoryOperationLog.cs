using Rollup.Sequencer.Engine;

namespace Rollup.Sequencer.Tests.Engine;

/// <summary>
/// Test double of the durable log: entries in memory, durable at once unless
/// <see cref="HoldDurability"/> is set, in which case <see cref="Flush"/> makes them durable.
/// </summary>
internal sealed class InMemoryOperationLog : IOperationLog
{
    private readonly List<OperationLogEntry> _entries = new();
    private readonly List<(long Sequence, TaskCompletionSource Done)> _waiters = new();
    private readonly Lock _lock = new();
    private long _durable;

    public InMemoryOperationLog(IEnumerable<OperationLogEntry>? entries = null)
    {
        if (entries is null) return;
        _entries.AddRange(entries);
        _durable = _entries.Count == 0 ? 0 : _entries[^1].Sequence;
    }

    public bool HoldDurability { get; set; }

    /// <summary>When set, Append throws as a failed disk write would.</summary>
    public bool FailAppends { get; set; }

    public long LastSequence
    {
        get { lock (_lock) return _entries.Count == 0 ? 0 : _entries[^1].Sequence; }
    }

    public long DurableSequence
    {
        get { lock (_lock) return _durable; }
    }

    public IReadOnlyList<OperationLogEntry> Entries
    {
        get { lock (_lock) return _entries.ToArray(); }
    }

    public long Append(ReadOnlySpan<byte> payload)
    {
        if (FailAppends) throw new IOException("disk full");
        lock (_lock)
        {
            long sequence = (_entries.Count == 0 ? 0 : _entries[^1].Sequence) + 1;
            _entries.Add(new OperationLogEntry(sequence, 0, payload.ToArray()));
            if (!HoldDurability) MarkDurable(sequence);
            return sequence;
        }
    }

    public void Flush()
    {
        lock (_lock) MarkDurable(_entries.Count == 0 ? 0 : _entries[^1].Sequence);
    }

    public ValueTask WaitDurableAsync(long sequence, CancellationToken cancellation = default)
    {
        lock (_lock)
        {
            if (sequence <= _durable) return ValueTask.CompletedTask;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((sequence, done));
            return new ValueTask(done.Task.WaitAsync(cancellation));
        }
    }

    public IEnumerable<OperationLogEntry> Read(long afterSequence)
    {
        lock (_lock) return _entries.Where(e => e.Sequence > afterSequence && e.Sequence <= _durable).ToArray();
    }

    public void Dispose()
    {
    }

    private void MarkDurable(long sequence)
    {
        _durable = sequence;
        for (int i = _waiters.Count - 1; i >= 0; i--)
        {
            if (_waiters[i].Sequence > sequence) continue;
            _waiters[i].Done.TrySetResult();
            _waiters.RemoveAt(i);
        }
    }
}
