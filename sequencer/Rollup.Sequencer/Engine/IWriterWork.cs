namespace Rollup.Sequencer.Engine;

/// <summary>An item of the writer's queue: a command or a read.</summary>
internal interface IWriterWork
{
    void Run(SequencerEngine engine);

    void Abandon(Exception reason);
}
