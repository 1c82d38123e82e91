using Rollup.Core.Operations;

namespace Rollup.Sequencer.Engine.Commands;

public sealed record SubmitOrderCommand(SignedOrder Order, TimeInForce TimeInForce = TimeInForce.GoodTillExpiry) : EngineCommand
{
    public override CommandKind Kind => CommandKind.SubmitOrder;
}
