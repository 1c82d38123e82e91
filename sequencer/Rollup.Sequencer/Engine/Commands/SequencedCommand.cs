namespace Rollup.Sequencer.Engine.Commands;

/// <summary>A command with the time (unix milliseconds) the engine assigned when it sequenced it: the unit of the log.</summary>
public sealed record SequencedCommand(long TimestampMs, EngineCommand Command);
