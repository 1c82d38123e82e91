using Rollup.Core.Fields;
using Rollup.Core.State;

namespace Rollup.Sequencer.Rpc.Views;

/// <summary>A listed series: compact index, terms, commitment, and the settlement price once posted.</summary>
public sealed record SeriesView(ushort Index, byte Underlying, ulong Strike, ulong Expiry, OptionKind Kind, Fr Commitment, ulong? SettlementPrice);
