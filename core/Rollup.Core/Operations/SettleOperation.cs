namespace Rollup.Core.Operations;

/// <summary>Anyone: close an account's position in an expired series at its settlement price.</summary>
public sealed record SettleOperation(uint AccountId, ushort SeriesIndex) : Operation
{
    public override OperationKind Kind => OperationKind.Settle;
}
