using Microsoft.Extensions.Logging;

namespace Rollup.Sequencer.Hosting;

/// <summary>Runs one <see cref="ISequencerComponent"/> as a hosted service; components start in registration order and stop in reverse.</summary>
public sealed class ComponentHostedService<TComponent>(TComponent component, ILogger<ComponentHostedService<TComponent>> logger) : IHostedService
    where TComponent : ISequencerComponent
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Starting {Component}", typeof(TComponent).Name);
        await component.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Stopping {Component}", typeof(TComponent).Name);
        await component.StopAsync(cancellationToken).ConfigureAwait(false);
    }
}
