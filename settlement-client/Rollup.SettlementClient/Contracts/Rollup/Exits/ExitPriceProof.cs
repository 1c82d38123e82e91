using System.Numerics;
using Rollup.Core.Fields;

namespace Rollup.SettlementClient.Contracts.Rollup.Exits;

/// <summary>PositionValuation.PriceProof: the price leaves one non-empty position needs, with their tree paths (siblings bottom-up).</summary>
public sealed record ExitPriceProof(
    BigInteger IndexPrice,
    BigInteger PriceTimestamp,
    BigInteger StrikeStep,
    IReadOnlyList<Fr> UnderlyingSiblings,
    BigInteger ListedCount,
    BigInteger SettlementPrice,
    IReadOnlyList<Fr> ExpirySiblings)
{
    internal object?[] ToAbi() =>
        [IndexPrice, PriceTimestamp, StrikeStep, FieldWords.ToWords(UnderlyingSiblings), ListedCount, SettlementPrice, FieldWords.ToWords(ExpirySiblings)];
}
