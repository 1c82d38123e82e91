namespace Rollup.Sequencer.Engine.Commands;

/// <summary>An input of the sequencer's state machine; accepted commands are logged and replayed in order.</summary>
public abstract record EngineCommand
{
    public abstract CommandKind Kind { get; }
}
