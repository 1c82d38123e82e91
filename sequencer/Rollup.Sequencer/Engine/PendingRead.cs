namespace Rollup.Sequencer.Engine;

internal sealed class PendingRead<T>(Func<EngineView, T> read) : IWriterWork
{
    public TaskCompletionSource<T> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Run(SequencerEngine engine)
    {
        try
        {
            Completion.TrySetResult(read(engine.View));
        }
        catch (Exception e)
        {
            Completion.TrySetException(e);
        }
    }

    public void Abandon(Exception reason) => Completion.TrySetException(reason);
}
