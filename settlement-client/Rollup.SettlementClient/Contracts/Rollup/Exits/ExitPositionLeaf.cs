using System.Numerics;

namespace Rollup.SettlementClient.Contracts.Rollup.Exits;

/// <summary>PositionValuation.PositionLeaf: one of an account's eight position slots (all zero when empty).</summary>
public sealed record ExitPositionLeaf(BigInteger SeriesIndex, BigInteger Underlying, BigInteger Strike, BigInteger Expiry, BigInteger Kind, long Quantity, ulong EntryPrice)
{
    public static readonly ExitPositionLeaf Empty = new(0, 0, 0, 0, 0, 0, 0);

    internal object?[] ToAbi() => [SeriesIndex, Underlying, Strike, Expiry, Kind, Quantity, EntryPrice];
}
