using Rollup.Core.Operations;

namespace Rollup.Sequencer.Engine.Commands;

public sealed record WithdrawCommand(WithdrawOperation Withdraw) : EngineCommand
{
    public override CommandKind Kind => CommandKind.Withdraw;
}
