namespace Rollup.Sequencer.Rpc.Views;

/// <summary>An underlying's index price (null before the first post) and its posted settlement prices.</summary>
public sealed record PricesView(byte Underlying, ulong? IndexPrice, ulong? IndexTimestamp, IReadOnlyList<SettlementPriceView> Settlements);
