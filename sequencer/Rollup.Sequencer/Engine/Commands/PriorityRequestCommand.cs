using Rollup.Core.Operations;

namespace Rollup.Sequencer.Engine.Commands;

/// <summary>
/// An L1 priority request (Deposit, ForcedWithdrawal, L1RegisterKey) at its queue index, with
/// its L1 deadline (unix seconds). Requests must arrive in queue order.
/// </summary>
public sealed record PriorityRequestCommand(ulong Index, ulong Deadline, Operation Operation) : EngineCommand
{
    public override CommandKind Kind => CommandKind.PriorityRequest;
}
