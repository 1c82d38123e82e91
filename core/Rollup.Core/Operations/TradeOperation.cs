namespace Rollup.Core.Operations;

/// <summary>L2: a fill of <paramref name="Quantity"/> between a resting maker order and a taker order, at the maker's price.</summary>
public sealed record TradeOperation(SignedOrder Maker, SignedOrder Taker, uint Quantity) : Operation
{
    public override OperationKind Kind => OperationKind.Trade;
}
