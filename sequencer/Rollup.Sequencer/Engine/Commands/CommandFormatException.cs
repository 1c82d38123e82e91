namespace Rollup.Sequencer.Engine.Commands;

/// <summary>A log entry that is not a valid command encoding.</summary>
public sealed class CommandFormatException(string message) : FormatException(message);
