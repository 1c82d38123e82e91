namespace Rollup.Sequencer.Rpc.Views;

/// <summary>The settlement price (micro-USD) posted for one expiry (unix seconds, 08:00 UTC).</summary>
public sealed record SettlementPriceView(ulong Expiry, ulong Price);
