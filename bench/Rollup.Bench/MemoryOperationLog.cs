using Rollup.Sequencer.Engine;

namespace Rollup.Bench;

/// <summary>
/// An operation log held in memory and durable on append: the engine benchmarks measure the
/// engine alone (admission, matching, core, batching); the LiteDB log is measured on its own.
/// </summary>
internal sealed class MemoryOperationLog : IOperationLog
{
    private readonly List<OperationLogEntry> _entries = new();

    public long LastSequence => _entries.Count;

    public long DurableSequence => _entries.Count;

    public long Append(ReadOnlySpan<byte> payload)
    {
        _entries.Add(new OperationLogEntry(_entries.Count + 1, 0, payload.ToArray()));
        return _entries.Count;
    }

    public ValueTask WaitDurableAsync(long sequence, CancellationToken cancellation = default) => ValueTask.CompletedTask;

    public IEnumerable<OperationLogEntry> Read(long afterSequence) => _entries.Skip((int)afterSequence).ToArray();

    public void Dispose()
    {
    }
}
