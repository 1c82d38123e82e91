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

    /// <summary>A command whose pre-check runs while it waits; a failed check refuses it as the signer's bad signature.</summary>
    public PendingCommand(EngineCommand command, SignatureCheck check, uint signer)
    {
        Command = command;
        Check = check;
        Signer = signer;
    }

    public EngineCommand Command { get; }

    /// <summary>When the command was submitted (a <see cref="System.Diagnostics.Stopwatch"/> timestamp), for the write-stage metrics.</summary>
    public long SubmittedAt { get; } = System.Diagnostics.Stopwatch.GetTimestamp();

    /// <summary>When the writer took it up, its signature check done.</summary>
    public long TakenAt { get; set; }

    /// <summary>When the writer appended it to the log.</summary>
    public long LoggedAt { get; set; }

    /// <summary>The pre-check's outcome when it was made before queueing.</summary>
    public PreVerified PreVerified { get; }

    /// <summary>The pre-check still running when the command was queued, if any.</summary>
    public SignatureCheck? Check { get; }

    public uint Signer { get; }

    public TaskCompletionSource<CommandResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Run(SequencerEngine engine) => engine.Process(this);

    public void Abandon(Exception reason) =>
        Completion.TrySetResult(CommandResult.Refused(CommandError.Stopped, "the engine stopped: " + reason.Message));
}
