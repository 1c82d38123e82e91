using Rollup.Core.State;

namespace Rollup.Sequencer.Rpc.Views;

/// <summary>One non-empty position slot: quantity in thousandths of a contract (negative = short), prices in micro-USD.</summary>
public sealed record PositionView(ushort Series, byte Underlying, ulong Strike, ulong Expiry, OptionKind Kind, long Quantity, ulong EntryPrice)
{
    public static PositionView From(in Position position) =>
        new(position.SeriesIndex, position.Terms.Underlying, position.Terms.Strike, position.Terms.Expiry, position.Terms.Kind, position.Quantity, position.EntryPrice);
}
