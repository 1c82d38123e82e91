using Rollup.Core.Fields;

namespace Rollup.SettlementClient.Verification;

/// <summary>
/// The price leaves that value one position in an exit (PositionValuation.PriceProof): the
/// underlying's leaf fields with its path, and the (underlying, expiry day) leaf with its path.
/// </summary>
public sealed record PriceProofFields(
    ulong IndexPrice,
    ulong PriceTimestamp,
    ulong StrikeStep,
    IReadOnlyList<Fr> UnderlyingSiblings,
    uint ListedCount,
    ulong SettlementPrice,
    IReadOnlyList<Fr> ExpirySiblings);
