using Microsoft.Extensions.Options;
using Rollup.SettlementClient.Rpc;

namespace Rollup.Sequencer.Hosting;

public static class HostingServiceCollectionExtensions
{
    /// <summary>Options (validated), the operator key source and, when L1 is configured, the L1 client.</summary>
    public static IServiceCollection AddSequencerOptions(this IServiceCollection services, SequencerOptions options)
    {
        services.AddSingleton<IOptions<SequencerOptions>>(Options.Create(options));
        services.AddSingleton<IValidateOptions<SequencerOptions>, SequencerOptionsValidator>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new OperatorKeyProvider(options.OperatorKey));
        if (!string.IsNullOrWhiteSpace(options.L1.RpcUrl))
        {
            services.AddSingleton(_ => new JsonRpcClient(new Uri(options.L1.RpcUrl)));
            services.AddSingleton(sp => new EthClient(sp.GetRequiredService<JsonRpcClient>()));
        }
        return services;
    }

    /// <summary>/health checks: the operation log (writable, not failed) and L1 (reachable when configured).</summary>
    public static IServiceCollection AddSequencerHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<OperationLogHealthCheck>("operationLog")
            .AddCheck<L1HealthCheck>("l1");
        return services;
    }

    /// <summary>The <see cref="SequencerMetrics"/> singleton (its registry is served at /metrics on the admin port).</summary>
    public static IServiceCollection AddSequencerMetrics(this IServiceCollection services)
    {
        services.AddSingleton<SequencerMetrics>();
        services.AddSingleton<Engine.IWriteStageObserver>(sp => sp.GetRequiredService<SequencerMetrics>());
        return services;
    }
}
