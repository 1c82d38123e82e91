namespace Rollup.Sequencer.Engine;

/// <summary>One log entry: its sequence number, when it was appended (unix milliseconds) and the engine's encoded command.</summary>
public sealed record OperationLogEntry(long Sequence, long TimestampMs, byte[] Payload);
