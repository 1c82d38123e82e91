namespace Rollup.Sequencer.Rpc.Views;

/// <summary>
/// Aggregated depth of one series' book as of <paramref name="Sequence"/>: bids best (highest)
/// first, asks best (lowest) first. Also the payload of a book subscription's notifications.
/// </summary>
public sealed record OrderBookView(ushort Series, long Sequence, IReadOnlyList<BookLevel> Bids, IReadOnlyList<BookLevel> Asks);
