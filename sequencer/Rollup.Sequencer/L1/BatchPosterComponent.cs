using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Hosting;
using Rollup.Sequencer.Storage;
using Rollup.SettlementClient.Contracts.Rollup;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.TxManager;

namespace Rollup.Sequencer.L1;

/// <summary>
/// The posting loop. Each round: record newly sealed batches, commit what L1 lacks, bring the
/// records to what the confirmed L1 view shows, execute finalized batches' credits, and release
/// finalized batches from the engine's memory. RPC, transaction-manager and contract failures
/// are logged and retried next round (L1 is re-read every round, so nothing is sent twice);
/// a <see cref="BatchChainMismatchException"/> stops the loop for good (<see cref="Fault"/>).
/// </summary>
public sealed class BatchPosterComponent(
    SequencerEngine engine,
    Func<OptionsRollupContract> rollup,
    L1SyncComponent sync,
    BatchRecordStore store,
    TimeSpan pollInterval,
    ILoggerFactory? loggers = null,
    TimeProvider? time = null) : ISequencerComponent
{
    private readonly ILoggerFactory _loggers = loggers ?? NullLoggerFactory.Instance;
    private readonly ILogger _logger = (loggers ?? NullLoggerFactory.Instance).CreateLogger<BatchPosterComponent>();
    private readonly CancellationTokenSource _stop = new();
    private readonly BatchStatusRecorder _recorder = new(store, time, (loggers ?? NullLoggerFactory.Instance).CreateLogger<BatchStatusRecorder>());
    private BatchPoster? _poster;
    private OptionsRollupContract? _rollup;
    private Task? _loop;
    private ulong _recordedThrough;
    private ulong _releasedThrough;
    private volatile Exception? _fault;

    /// <summary>Set when posting stopped for good (the sealed chain and L1 disagree).</summary>
    public Exception? Fault => _fault;

    /// <summary>Batches released from the engine's memory (finalized), up to this number.</summary>
    public ulong ReleasedThrough => _releasedThrough;

    public Task StartAsync(CancellationToken cancellation)
    {
        EnsurePoster();
        _loop = Task.Run(() => RunAsync(_stop.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellation)
    {
        await _stop.CancelAsync();
        if (_loop is not null) await _loop.WaitAsync(cancellation);
    }

    /// <summary>One round (the loop's body; tests drive it directly). Throws what the loop would log.</summary>
    public async Task RoundAsync(CancellationToken cancellation = default)
    {
        var poster = EnsurePoster();
        // First too: after a restart the engine republishes every batch, and finalized ones need no L1 reads.
        Release();
        foreach (var batch in engine.SealedSince(_recordedThrough))
        {
            _recorder.Sealed(batch);
            _recordedThrough = batch.Number;
        }
        await poster.PostAsync(cancellation);
        if (sync.SyncedThrough is { } synced)
            await _recorder.ReconcileAsync(sync.View, synced, n => _rollup!.BatchAsync(n, BlockTag.Number(synced), cancellation));
        await poster.ExecuteFinalizedAsync(cancellation);
        Release();
    }

    private BatchPoster EnsurePoster()
    {
        if (_poster is not null) return _poster;
        _rollup = rollup();
        _poster = new BatchPoster(_rollup, new EngineSealedBatches(engine), _loggers.CreateLogger<BatchPoster>(), _recorder);
        return _poster;
    }

    private void Release()
    {
        ulong through = _releasedThrough;
        while (store.Get(through + 1) is { Status: BatchStatus.Finalized }) through++;
        if (through == _releasedThrough) return;
        engine.ReleaseSealedThrough(through);
        _releasedThrough = through;
    }

    private async Task RunAsync(CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested)
        {
            try
            {
                await RoundAsync(cancellation);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                return;
            }
            catch (BatchChainMismatchException e)
            {
                _fault = e;
                _logger.LogCritical(e, "Batch posting stopped: the sealed batches and L1 disagree ({Reason}); the operator must check the deployment and the data directory", e.Message);
                return;
            }
            catch (Exception e) when (e is RpcException or TransactionManagerException or SettlementClient.Contracts.Reverts.ContractRevertException or TimeoutException or HttpRequestException)
            {
                _logger.LogWarning(e, "Batch posting round failed ({Error}); retrying in {Interval}", e.Message, pollInterval);
            }
            catch (Exception e)
            {
                _fault = e;
                _logger.LogCritical(e, "Batch posting stopped by an unexpected failure");
                return;
            }
            try
            {
                await Task.Delay(pollInterval, cancellation);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
