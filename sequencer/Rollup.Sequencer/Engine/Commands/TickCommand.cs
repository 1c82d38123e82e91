namespace Rollup.Sequencer.Engine.Commands;

/// <summary>Advances the engine's time: removes expired orders and the books of expired series, retries pending settlements.</summary>
public sealed record TickCommand : EngineCommand
{
    public static readonly TickCommand Instance = new();

    public override CommandKind Kind => CommandKind.Tick;
}
