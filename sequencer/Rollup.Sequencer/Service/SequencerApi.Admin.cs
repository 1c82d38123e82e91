using Microsoft.Extensions.Logging;
using Rollup.Core.Operations;
using Rollup.Sequencer.Rpc;
using Rollup.Sequencer.Rpc.Errors;
using Rollup.Sequencer.Rpc.Views;

namespace Rollup.Sequencer.Service;

// Operator controls (loopback admin listener only).
public sealed partial class SequencerApi
{
    public async ValueTask<BatchView?> SealBatchAsync(CancellationToken cancellation)
    {
        var result = await _engine.SealBatchAsync(cancellation).ConfigureAwait(false);
        if (!result.Accepted) throw CommandRefusal.ToException(result);
        if (result.Sequence == 0) return null;
        var batch = await GetBatchAsync(null, cancellation).ConfigureAwait(false);
        await PublishBatchChangesAsync(cancellation).ConfigureAwait(false);
        return batch;
    }

    public async ValueTask<AdminStatusView> GetStatusAsync(CancellationToken cancellation) =>
        await _engine.ReadAsync(view => new AdminStatusView(_paused, view.LastSequence, _log.DurableSequence, view.NextBatchNumber, view.OpenBatchCount, view.State.Root),
            cancellation).ConfigureAwait(false);

    public ValueTask PauseAsync(CancellationToken cancellation)
    {
        _paused = true;
        _logger.LogWarning("Writes paused by the operator");
        return ValueTask.CompletedTask;
    }

    public ValueTask ResumeAsync(CancellationToken cancellation)
    {
        _paused = false;
        _logger.LogWarning("Writes resumed by the operator");
        return ValueTask.CompletedTask;
    }

    public async ValueTask<SeriesView> ListSeriesAsync(ListSeriesOperation listing, CancellationToken cancellation)
    {
        var result = await _engine.ListSeriesAsync(listing, cancellation).ConfigureAwait(false);
        if (!result.Accepted) throw CommandRefusal.ToException(result);
        var terms = listing.Terms;
        var series = await _engine.ReadAsync(view =>
        {
            var all = view.State.Series;
            for (int i = all.Count - 1; i >= 0; i--)
                if (all[i] == terms) return EngineViews.SeriesOf(view.State, (ushort)i, all[i]);
            return null;
        }, cancellation).ConfigureAwait(false);
        _logger.LogInformation("Listed series {Series}: underlying {Underlying}, strike {Strike}, expiry {Expiry}, {Kind}",
            series?.Index, listing.Underlying, listing.Strike, terms.Expiry, listing.OptionKind);
        return series ?? throw new RpcException(RpcErrorCode.InternalError, "the listed series is missing from the state");
    }
}
