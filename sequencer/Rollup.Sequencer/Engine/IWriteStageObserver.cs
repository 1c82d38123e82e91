namespace Rollup.Sequencer.Engine;

/// <summary>
/// Told how long each write spent in each <see cref="WriteStage"/>, so an operator can see where
/// acknowledgement latency goes. Called on the engine's hot paths: implementations must be cheap
/// and thread-safe.
/// </summary>
public interface IWriteStageObserver
{
    void Observe(WriteStage stage, TimeSpan elapsed);
}
