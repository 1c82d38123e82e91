using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Rollup.Sequencer.Hosting;

public static class ComponentServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="TComponent"/> as a singleton and runs it as a hosted service (started after the components registered before it).</summary>
    public static IServiceCollection AddSequencerComponent<TComponent>(this IServiceCollection services)
        where TComponent : class, ISequencerComponent
    {
        services.TryAddSingleton<TComponent>();
        services.AddHostedService<ComponentHostedService<TComponent>>();
        return services;
    }
}
