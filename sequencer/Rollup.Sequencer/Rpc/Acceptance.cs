namespace Rollup.Sequencer.Rpc;

/// <summary>A write accepted and durable: its sequence number and when it was appended (unix milliseconds, as in the log).</summary>
public readonly record struct Acceptance(long Sequence, long AcceptedAtMs);
