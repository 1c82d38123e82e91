using Microsoft.Extensions.Logging;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Hosting;

namespace Rollup.Sequencer.Service;

/// <summary>
/// Runs the engine inside the host: on start it replays the log (storage has started and bound
/// the database to the genesis before), then sweeps batch status changes to subscribers once a
/// second and samples book depth into the metrics. On stop it lets queued commands finish and stops the writer; the log closes after.
/// </summary>
public sealed class EngineComponent(SequencerEngine engine, SequencerApi api, ILogger<EngineComponent> logger) : ISequencerComponent
{
    /// <summary>How often batch seals and L1 status changes are looked for.</summary>
    public static readonly TimeSpan BatchSweepInterval = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stopping = new();
    private Task? _sweeper;

    public async Task StartAsync(CancellationToken cancellation)
    {
        await engine.StartAsync(cancellation).ConfigureAwait(false);
        await api.StartBatchWatchAsync(cancellation).ConfigureAwait(false);
        _sweeper = Task.Run(() => SweepAsync(_stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellation)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_sweeper is not null) await _sweeper.ConfigureAwait(false);
        await engine.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task SweepAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(BatchSweepInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false))
            {
                try
                {
                    await api.PublishBatchChangesAsync(stopping).ConfigureAwait(false);
                    await api.RecordBookDepthAsync(stopping).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Publishing batch status changes failed; retrying in {Interval}", BatchSweepInterval);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
