using Rollup.Sequencer.Rpc.Views;

namespace Rollup.Sequencer.Service;

/// <summary>
/// The most recent fills since the service started, in a fixed-size ring: rollup_getTrades is a
/// ticker, not a history (the batches' pubdata is the history), so memory stays bounded.
/// </summary>
internal sealed class RecentTrades(int capacity)
{
    private readonly TradeView[] _ring = new TradeView[capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity))];
    private readonly Lock _lock = new();
    private long _count;

    public void Add(TradeView trade)
    {
        lock (_lock)
        {
            _ring[_count % _ring.Length] = trade;
            _count++;
        }
    }

    /// <summary>Newest first, of one series or of all.</summary>
    public IReadOnlyList<TradeView> Latest(ushort? series, int limit)
    {
        var result = new List<TradeView>(Math.Min(limit, _ring.Length));
        lock (_lock)
        {
            long oldest = Math.Max(0, _count - _ring.Length);
            for (long i = _count - 1; i >= oldest && result.Count < limit; i--)
            {
                var t = _ring[i % _ring.Length];
                if (series is null || t.Series == series) result.Add(t);
            }
        }
        return result;
    }
}
