namespace Rollup.Sequencer.Hosting;

/// <summary>The configuration is invalid; the message names every offending option (Sequencer:Rpc:Port ...).</summary>
public sealed class SequencerOptionsException(IReadOnlyList<string> errors)
    : Exception("invalid sequencer configuration:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
