using Rollup.Sequencer.Engine.Admission;
using Rollup.Sequencer.Engine.Commands;

namespace Rollup.Sequencer.Engine;

/// <summary>A command waiting for the writer, with its signature pre-check and its caller's completion.</summary>
internal sealed class PendingCommand : IWriterWork
{
    public PendingCommand(EngineCommand command, PreVerified preVerified)
    {
        Command = command;
        PreVerified = preVerified;
    }

    public EngineCommand Command { get; }

    public PreVerified PreVerified { get; }

    public TaskCompletionSource<CommandResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Run(SequencerEngine engine) => engine.Process(this);

    public void Abandon(Exception reason) =>
        Completion.TrySetResult(CommandResult.Refused(CommandError.Stopped, "the engine stopped: " + reason.Message));
}
