using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Hosting;

namespace Rollup.Sequencer.L1;

/// <summary>
/// Sends the engine a Tick every interval (a second by default): it seals a batch that reached
/// its maximum age, removes expired orders and series, and retries pending settlements. The
/// engine decides with its own logged time, so the tick's timing never affects replay.
/// </summary>
public sealed class TickComponent(SequencerEngine engine, TimeSpan? interval = null, ILogger<TickComponent>? logger = null) : ISequencerComponent
{
    private readonly TimeSpan _interval = interval ?? TimeSpan.FromSeconds(1);
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public Task StartAsync(CancellationToken cancellation)
    {
        _loop = Task.Run(() => RunAsync(_stop.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellation)
    {
        await _stop.CancelAsync();
        if (_loop is not null) await _loop.WaitAsync(cancellation);
    }

    private async Task RunAsync(CancellationToken cancellation)
    {
        using var timer = new PeriodicTimer(_interval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellation))
            {
                var result = await engine.TickAsync(cancellation);
                if (result.Error == CommandError.Stopped)
                {
                    _logger.LogError("Tick refused: {Reason}; ticking stopped", result.Detail);
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
