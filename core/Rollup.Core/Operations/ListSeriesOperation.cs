using Rollup.Core.State;

namespace Rollup.Core.Operations;

/// <summary>
/// Sequencer: list a series under the listing rules and give it the next compact index.
/// The strike must be k * strikeStep with 1 &lt;= k &lt;= MaxStrikeSteps; expiry is 08:00 UTC of ExpiryDay.
/// </summary>
public sealed record ListSeriesOperation(byte Underlying, ulong Strike, ushort ExpiryDay, OptionKind OptionKind) : Operation
{
    public override OperationKind Kind => OperationKind.ListSeries;

    public SeriesTerms Terms => new(Underlying, Strike, SeriesTerms.ExpiryOfDay(ExpiryDay), OptionKind);
}
