using Microsoft.Extensions.Logging;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Rpc.Views;

namespace Rollup.Sequencer.Service;

// Subscriptions: fills and book depth after each write; batch status from a periodic sweep.
public sealed partial class SequencerApi
{
    /// <summary>Depth levels in a book notification.</summary>
    public const int PublishedDepth = 20;

    private readonly Lock _batchLock = new();
    /// <summary>Unfinalized batches whose status changes are still watched; the oldest are dropped past this many (without L1 none ever finalizes).</summary>
    public const int WatchedBatches = 1_024;

    private readonly SortedDictionary<ulong, BatchStatus> _publishedStatus = new();
    private ulong _lastPublishedBatch;

    private void RecordFills(CommandResult result)
    {
        if (result.Fills.Count == 0) return;
        ulong timestamp = (ulong)(result.TimestampMs / 1000);
        foreach (var f in result.Fills)
        {
            var trade = new TradeView(result.Sequence, f.Series, f.Price, f.Quantity, f.MakerAccount, f.MakerOrderId, f.TakerAccount, f.TakerOrderId, f.TakerSide, timestamp);
            _trades.Add(trade);
            _hub.PublishFill(trade);
        }
    }

    /// <summary>The depth of every book the write touched; skipped while nobody subscribes, since it costs a read in the writer.</summary>
    private async ValueTask PublishBooksAsync(CommandResult result, ushort? series)
    {
        if (_hub.Count == 0) return;
        var touched = new SortedSet<ushort>();
        if (series is { } s) touched.Add(s);
        foreach (var r in result.Removed) touched.Add(r.Series);
        if (touched.Count == 0) return;
        var books = await _engine.ReadAsync(view =>
        {
            var list = new List<OrderBookView>(touched.Count);
            foreach (var t in touched)
                if (EngineViews.Book(view, t, PublishedDepth) is { } book) list.Add(book);
            return list;
        }).ConfigureAwait(false);
        foreach (var book in books) _hub.PublishBook(book);
    }

    /// <summary>
    /// Publishes every batch sealed since the last sweep (pending) and every L1 status change the
    /// batch records show. The host calls it periodically, so seals by Tick or priority deadlines
    /// and the L1 side's updates reach subscribers too.
    /// </summary>
    public async Task PublishBatchChangesAsync(CancellationToken cancellation)
    {
        ulong after;
        lock (_batchLock) after = _lastPublishedBatch;
        var sealedSpans = await _engine.ReadAsync(view => NewSpans(view, after), cancellation).ConfigureAwait(false);
        var changes = new List<BatchView>();
        lock (_batchLock)
        {
            foreach (var span in sealedSpans)
            {
                if (span.Number <= _lastPublishedBatch) continue;
                _metrics.BatchSealed(TimeSpan.FromSeconds(Math.Max(0, _clock.UnixMilliseconds() / 1000.0 - span.Timestamp)));
                var batch = ToBatchView(span);
                _publishedStatus[span.Number] = batch.Status;
                _lastPublishedBatch = span.Number;
                changes.Add(batch);
            }
            while (_publishedStatus.Count > WatchedBatches) _publishedStatus.Remove(_publishedStatus.Keys.First());
        }
        foreach (var (number, status) in UnfinalizedSnapshot())
        {
            var record = _records.Get(number);
            if (record is null) continue;
            var current = StatusOf(record);
            if (current == status) continue;
            var view = await GetBatchAsync(number, cancellation).ConfigureAwait(false);
            if (view is null) continue;
            lock (_batchLock)
            {
                if (current == BatchStatus.Finalized) _publishedStatus.Remove(number);
                else _publishedStatus[number] = current;
            }
            changes.Add(view);
        }
        foreach (var batch in changes)
        {
            _logger.LogDebug("Batch {Batch} is {Status}", batch.Number, batch.Status);
            _hub.PublishBatch(batch);
        }
    }

    /// <summary>Starts watching after the batches sealed before now (replayed ones are not news), keeping the unfinalized recent ones.</summary>
    internal async Task StartBatchWatchAsync(CancellationToken cancellation)
    {
        var spans = await _engine.ReadAsync(view => NewSpans(view, 0), cancellation).ConfigureAwait(false);
        lock (_batchLock)
        {
            for (int i = Math.Max(0, spans.Count - WatchedBatches); i < spans.Count; i++)
            {
                var status = _records.Get(spans[i].Number) is { } record ? StatusOf(record) : BatchStatus.Pending;
                if (status != BatchStatus.Finalized) _publishedStatus[spans[i].Number] = status;
            }
            if (spans.Count > 0) _lastPublishedBatch = spans[^1].Number;
        }
    }

    /// <summary>Resting orders per book side into the metrics (the host's sweep calls it).</summary>
    public async Task RecordBookDepthAsync(CancellationToken cancellation)
    {
        var depths = await _engine.ReadAsync(view =>
        {
            var list = new List<(ushort Series, int Bids, int Asks)>();
            foreach (var book in view.Books.Books) list.Add((book.Series, book.Bids.Count, book.Asks.Count));
            return list;
        }, cancellation).ConfigureAwait(false);
        foreach (var (series, bids, asks) in depths)
        {
            string label = series.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _metrics.BookDepth(label, "bid", bids);
            _metrics.BookDepth(label, "ask", asks);
        }
    }

    private List<(ulong Number, BatchStatus Status)> UnfinalizedSnapshot()
    {
        lock (_batchLock)
        {
            var list = new List<(ulong, BatchStatus)>(_publishedStatus.Count);
            foreach (var (number, status) in _publishedStatus) list.Add((number, status));
            return list;
        }
    }

    private static List<BatchSpan> NewSpans(EngineView view, ulong after)
    {
        var spans = view.SealedBatches;
        var list = new List<BatchSpan>();
        for (int i = spans.Count - 1; i >= 0 && spans[i].Number > after; i--) list.Add(spans[i]);
        list.Reverse();
        return list;
    }
}
