namespace Rollup.Sequencer.Engine;

/// <summary>
/// The sequencer's durable input log: every command the engine accepted, in sequence order.
/// Declared here, where the engine consumes it; Storage/ implements it on LiteDB. The engine is
/// the only writer: it appends in order without waiting, and acknowledges a command to its
/// sender only once <see cref="WaitDurableAsync"/> says the entry is on disk. Flushes cover a
/// prefix of the log (group commit), so after a crash the log is exactly the acknowledged
/// commands plus possibly some unacknowledged tail, never a gap.
/// </summary>
public interface IOperationLog : IDisposable
{
    /// <summary>Sequence number of the last appended entry (0 when the log is empty); numbers start at 1 and have no gaps.</summary>
    long LastSequence { get; }

    /// <summary>Every entry up to this sequence number is durable.</summary>
    long DurableSequence { get; }

    /// <summary>Appends an entry and returns its sequence number; it becomes durable with a later flush. Single writer only.</summary>
    long Append(ReadOnlySpan<byte> payload);

    /// <summary>Completes once <paramref name="sequence"/> (and everything before it) is durable; faults if the log failed to write.</summary>
    ValueTask WaitDurableAsync(long sequence, CancellationToken cancellation = default);

    /// <summary>The durable entries after <paramref name="afterSequence"/>, in order (replay on start).</summary>
    IEnumerable<OperationLogEntry> Read(long afterSequence);
}
