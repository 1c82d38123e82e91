namespace Rollup.Cli;

/// <summary>An expected failure with the exit code it maps to; the message is printed as is.</summary>
public sealed class CliException(int exitCode, string message, Exception? inner = null) : Exception(message, inner)
{
    public int ExitCode { get; } = exitCode;
}
