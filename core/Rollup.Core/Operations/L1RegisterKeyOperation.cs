using Rollup.Core.Ethereum;
using Rollup.Core.Fields;

namespace Rollup.Core.Operations;

/// <summary>L1 priority: the sender sets the L2 key of its account (created if it has none).</summary>
public sealed record L1RegisterKeyOperation(L1Address From, Fr KeyX, Fr KeyY) : Operation
{
    public override OperationKind Kind => OperationKind.L1RegisterKey;
    public override bool IsPriority => true;
}
