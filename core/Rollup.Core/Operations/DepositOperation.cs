using Rollup.Core.Ethereum;

namespace Rollup.Core.Operations;

/// <summary>L1 priority: credit collateral to the account of <paramref name="To"/>, creating it if it has none.</summary>
public sealed record DepositOperation(L1Address To, ulong Amount) : Operation
{
    public override OperationKind Kind => OperationKind.Deposit;
    public override bool IsPriority => true;
}
