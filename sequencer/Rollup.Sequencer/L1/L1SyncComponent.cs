using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Rollup.Sequencer.Hosting;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Sync;

namespace Rollup.Sequencer.L1;

/// <summary>
/// Follows the settlement contract from its deployment block at the configured confirmation
/// depth and feeds what it reads to the <see cref="PriorityRequestFeeder"/> (and through it the
/// L1 view). Retryable and reorg-classified failures are retried at the next poll; anything else
/// (a reorg deeper than the kept history, an undecodable event, a rewind of applied requests)
/// stops following, is logged as critical and kept in <see cref="Fault"/>.
/// </summary>
public sealed class L1SyncComponent(EthClient eth, L1SyncOptions options, PriorityRequestFeeder feeder,
    ILoggerFactory? loggers = null, SequencerMetrics? metrics = null) : ISequencerComponent
{
    private readonly ILogger _logger = (loggers ?? NullLoggerFactory.Instance).CreateLogger<L1SyncComponent>();
    private readonly CancellationTokenSource _stop = new();
    private L1Synchronizer? _synchronizer;
    private Task? _loop;
    private long _syncedThrough = -1;
    private volatile Exception? _fault;

    /// <summary>The last L1 block whose events were applied (confirmed), null before the first sync.</summary>
    public ulong? SyncedThrough
    {
        get
        {
            long v = Interlocked.Read(ref _syncedThrough);
            return v < 0 ? null : (ulong)v;
        }
    }

    public Exception? Fault => _fault;

    public L1RollupView View => feeder.View;

    public Task StartAsync(CancellationToken cancellation)
    {
        _synchronizer ??= new L1Synchronizer(eth, options, feeder, logger: (loggers ?? NullLoggerFactory.Instance).CreateLogger<L1Synchronizer>());
        _loop = Task.Run(() => RunAsync(_stop.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellation)
    {
        await _stop.CancelAsync();
        if (_loop is not null) await _loop.WaitAsync(cancellation);
    }

    /// <summary>One synchronization to the confirmed head (tests and the loop).</summary>
    public async Task<L1SyncProgress> SyncOnceAsync(CancellationToken cancellation = default)
    {
        _synchronizer ??= new L1Synchronizer(eth, options, feeder, logger: (loggers ?? NullLoggerFactory.Instance).CreateLogger<L1Synchronizer>());
        var progress = await _synchronizer.SyncOnceAsync(cancellation);
        if (progress.ProcessedThrough is { } through)
        {
            Interlocked.Exchange(ref _syncedThrough, (long)through);
            metrics?.L1Lag((long)progress.Head - (long)through);
        }
        return progress;
    }

    private async Task RunAsync(CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested)
        {
            try
            {
                var progress = await SyncOnceAsync(cancellation);
                if (progress.BlocksApplied > 0 || progress.RewoundTo is not null)
                    _logger.LogInformation("L1 sync at {L1Block} (head {Head}): {Blocks} blocks with events applied, rewound to {RewoundTo}",
                        progress.ProcessedThrough, progress.Head, progress.BlocksApplied, progress.RewoundTo);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                return;
            }
            catch (RpcException e) when (e.Kind != RpcErrorKind.Fatal)
            {
                _logger.LogWarning(e, "L1 sync after {L1Block}: {Kind} RPC failure, retrying at the next poll", SyncedThrough, e.Kind);
            }
            catch (L1SyncException e) when (e.Kind != RpcErrorKind.Fatal)
            {
                _logger.LogWarning(e, "L1 sync after {L1Block}: {Kind}, retrying at the next poll", SyncedThrough, e.Kind);
            }
            catch (Exception e)
            {
                _fault = e;
                _logger.LogCritical(e, "L1 sync stopped after {L1Block}: no more deposits or key registrations reach the engine until the cause is fixed and the sequencer restarted", SyncedThrough);
                return;
            }
            try
            {
                await Task.Delay(options.PollInterval, cancellation);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
