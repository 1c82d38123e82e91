using Rollup.Core.Ethereum;

namespace Rollup.Core.Operations;

/// <summary>L1 priority: withdraw all free collateral of an account, requested by its L1 address.</summary>
public sealed record ForcedWithdrawalOperation(L1Address From, uint AccountId) : Operation
{
    public override OperationKind Kind => OperationKind.ForcedWithdrawal;
    public override bool IsPriority => true;
}
