using Rollup.Core.Operations;

namespace Rollup.Sequencer.Engine.Commands;

/// <summary>Operator command: list a series under core's listing rules.</summary>
public sealed record ListSeriesCommand(ListSeriesOperation Listing) : EngineCommand
{
    public override CommandKind Kind => CommandKind.ListSeries;
}
