using Rollup.Core.Fields;

namespace Rollup.SettlementClient.Contracts.Rollup.Exits;

/// <summary>
/// PositionValuation.PriceProof: the price leaves that value one non-empty position in an exit:
/// the underlying's leaf fields with their path, and the (underlying, expiry day) leaf with its
/// path (siblings bottom-up).
/// </summary>
public sealed record ExitPriceProof(
    ulong IndexPrice,
    ulong PriceTimestamp,
    ulong StrikeStep,
    IReadOnlyList<Fr> UnderlyingSiblings,
    uint ListedCount,
    ulong SettlementPrice,
    IReadOnlyList<Fr> ExpirySiblings)
{
    internal object?[] ToAbi() =>
        [IndexPrice, PriceTimestamp, StrikeStep, FieldWords.ToWords(UnderlyingSiblings), ListedCount, SettlementPrice, FieldWords.ToWords(ExpirySiblings)];
}
