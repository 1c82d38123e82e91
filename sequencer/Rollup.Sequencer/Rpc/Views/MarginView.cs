using System.Text.Json.Serialization;
using Rollup.Core.Margin;
using Rollup.Sequencer.Rpc.Json;

namespace Rollup.Sequencer.Rpc.Views;

/// <summary>
/// Margin figures in core's exact units of 10^-13 USD (see <see cref="MarginSummary"/>), as decimal
/// strings; FreeCollateral is in micro-USD.
/// </summary>
public sealed record MarginView(
    Int128 Equity,
    Int128 Lock,
    Int128 Initial,
    Int128 Maintenance,
    [property: JsonConverter(typeof(DecimalUInt64Converter))] ulong FreeCollateral,
    bool MeetsInitial,
    bool MeetsMaintenance)
{
    public static MarginView From(in MarginSummary summary, ulong collateral) =>
        new(summary.Equity, summary.Lock, summary.Initial, summary.Maintenance, summary.FreeCollateral(collateral), summary.MeetsInitial, summary.MeetsMaintenance);
}
