using Rollup.Core.Operations;

namespace Rollup.Sequencer.Engine.Commands;

/// <summary>Cancels one order id: core writes the cancelled mark in its fill slot, and the book drops it if it rests.</summary>
public sealed record CancelCommand(CancelOperation Cancel) : EngineCommand
{
    public override CommandKind Kind => CommandKind.Cancel;
}
