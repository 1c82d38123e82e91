using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Rpc;
using Rollup.Sequencer.Rpc.Views;
using Rollup.Sequencer.Storage;
using StoredStatus = Rollup.Sequencer.Storage.BatchStatus;
using ViewStatus = Rollup.Sequencer.Rpc.Views.BatchStatus;

namespace Rollup.Sequencer.Service;

// Reads: each a single read inside the engine's writer, plus the batch records for L1 status.
public sealed partial class SequencerApi
{
    public async ValueTask<AccountView?> GetAccountAsync(uint accountId, CancellationToken cancellation) =>
        await _engine.ReadAsync(view => EngineViews.Account(view, accountId, NowSeconds(view)), cancellation).ConfigureAwait(false);

    public async ValueTask<uint?> FindAccountAsync(L1Address address, CancellationToken cancellation) =>
        await _engine.ReadAsync(view => view.State.FindAccount(address)?.Id, cancellation).ConfigureAwait(false);

    public async ValueTask<OrderBookView?> GetOrderBookAsync(ushort series, int depth, CancellationToken cancellation) =>
        await _engine.ReadAsync(view => EngineViews.Book(view, series, depth), cancellation).ConfigureAwait(false);

    public ValueTask<IReadOnlyList<TradeView>> GetTradesAsync(ushort? series, int limit, CancellationToken cancellation) =>
        ValueTask.FromResult(_trades.Latest(series, limit));

    public async ValueTask<IReadOnlyList<SeriesView>> GetSeriesAsync(bool includeExpired, CancellationToken cancellation) =>
        await _engine.ReadAsync(view => EngineViews.Series(view, includeExpired, NowSeconds(view)), cancellation).ConfigureAwait(false);

    public async ValueTask<PricesView?> GetPricesAsync(byte underlying, CancellationToken cancellation) =>
        await _engine.ReadAsync(view => EngineViews.Prices(view, underlying), cancellation).ConfigureAwait(false);

    public async ValueTask<BatchView?> GetBatchAsync(ulong? number, CancellationToken cancellation)
    {
        var found = await _engine.ReadAsync(view => FindBatch(view, number), cancellation).ConfigureAwait(false);
        return found switch
        {
            null => null,
            { Sealed: { } span } => ToBatchView(span),
            { Open: var open } => new BatchView(open.Number, ViewStatus.Pending, open.FirstSequence, open.LastSequence, open.Operations, null, null, null),
        };
    }

    public ValueTask<AcceptedOperation?> GetAcceptedOperationAsync(long sequence, CancellationToken cancellation) =>
        ValueTask.FromResult(AcceptedOperations.Find(_log, sequence));

    /// <summary>Proofs are served at the current root only: older roots would need the trees as they were, which the engine does not keep.</summary>
    public async ValueTask<AccountProofView?> GetAccountProofAsync(uint accountId, Fr? root, CancellationToken cancellation) =>
        await _engine.ReadAsync(view => root is { } r && r != view.State.Root ? null : EngineViews.Proof(view, accountId), cancellation).ConfigureAwait(false);

    public async ValueTask<ChainInfoView> GetChainInfoAsync(CancellationToken cancellation) =>
        await _engine.ReadAsync(view =>
        {
            var spans = view.SealedBatches;
            return new ChainInfoView(_genesis.ChainId, _genesis.VerifyingContract, _signer.Address, _genesis.AccountsDepth, _genesis.FillsDepth,
                view.LastSequence, spans.Count == 0 ? 0 : spans[^1].Number, view.State.Root, NowSeconds(view));
        }, cancellation).ConfigureAwait(false);

    private BatchView ToBatchView(in BatchSpan span)
    {
        var record = _records.Get(span.Number);
        var status = record is null ? ViewStatus.Pending : StatusOf(record);
        Hash32? commitTx = record?.CommitTxHash is { } c && Hash32.TryParse(c, out var ch) ? ch : null;
        Hash32? proofTx = status is ViewStatus.Proven or ViewStatus.Finalized && record?.LatestTxHash is { } l && Hash32.TryParse(l, out var lh) ? lh : null;
        return new BatchView(span.Number, status, span.FirstSequence, span.LastSequence, span.Operations, span.NewRoot, commitTx, proofTx);
    }

    private static ViewStatus StatusOf(BatchRecord record) => record.Status switch
    {
        StoredStatus.Committed => ViewStatus.Committed,
        StoredStatus.Proven => ViewStatus.Proven,
        StoredStatus.Finalized => ViewStatus.Finalized,
        _ => ViewStatus.Pending,
    };

    private static FoundBatch? FindBatch(EngineView view, ulong? number)
    {
        var spans = view.SealedBatches;
        bool open = view.OpenBatchCount > 0;
        ulong wanted = number ?? (spans.Count > 0 ? spans[^1].Number : view.NextBatchNumber);
        if (wanted == view.NextBatchNumber)
            return open ? new FoundBatch(null, new OpenBatch(wanted, view.OpenBatchFirstSequence, view.OpenBatchLastSequence, view.OpenBatchCount)) : null;
        if (spans.Count == 0 || wanted < spans[0].Number || wanted > spans[^1].Number) return null;
        return new FoundBatch(spans[(int)(wanted - spans[0].Number)], default);
    }

    private readonly record struct OpenBatch(ulong Number, long FirstSequence, long LastSequence, int Operations);

    private sealed record FoundBatch(BatchSpan? Sealed, OpenBatch Open);
}
