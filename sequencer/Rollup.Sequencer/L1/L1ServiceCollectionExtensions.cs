using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Hosting;
using Rollup.Sequencer.Storage;
using Rollup.SettlementClient.Contracts.Artifacts;
using Rollup.SettlementClient.Contracts.Deployment;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Sync;

namespace Rollup.Sequencer.L1;

public static class L1ServiceCollectionExtensions
{
    /// <summary>How often the synchronizer polls L1 and the poster runs a round.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The engine's tick (always) and, when Sequencer:L1:RpcUrl is set, the L1 side: the operator
    /// connection, L1 sync feeding priority requests to the engine, and the batch poster. Call after
    /// the engine is registered (components start in registration order). The options are those
    /// AddSequencerOptions registered; <paramref name="artifacts"/> defaults to contracts/artifacts
    /// of the repository above the executable.
    /// </summary>
    public static IServiceCollection AddSequencerL1(this IServiceCollection services, ArtifactStore? artifacts = null)
    {
        var options = services.FirstOrDefault(d => d.ServiceType == typeof(IOptions<SequencerOptions>))?.ImplementationInstance as IOptions<SequencerOptions>
            ?? throw new InvalidOperationException("AddSequencerL1 needs the options: call AddSequencerOptions first");
        return services.AddSequencerL1(options.Value, artifacts);
    }

    public static IServiceCollection AddSequencerL1(this IServiceCollection services, SequencerOptions options, ArtifactStore? artifacts = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(sp => new TickComponent(sp.GetRequiredService<SequencerEngine>(), logger: sp.GetRequiredService<ILogger<TickComponent>>()));
        services.AddSequencerComponent<TickComponent>();
        if (string.IsNullOrWhiteSpace(options.L1.RpcUrl)) return services;

        var deployment = RollupDeployment.Load(options.L1.DeploymentFile!);
        services.AddSingleton(sp => new SequencerL1Connection(
            sp.GetRequiredService<EthClient>(),
            deployment,
            artifacts ?? (string.IsNullOrEmpty(options.L1.ArtifactsDirectory) ? DefaultArtifacts() : new ArtifactStore(options.L1.ArtifactsDirectory)),
            sp.GetRequiredService<OperatorKeyProvider>(),
            Path.Combine(options.DataDirectory, SequencerL1Connection.JournalFileName),
            options.L1.Confirmations,
            sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(new L1RollupView());
        services.AddSingleton(sp => new PriorityRequestFeeder(sp.GetRequiredService<SequencerEngine>(), sp.GetRequiredService<L1RollupView>(),
            sp.GetRequiredService<ILogger<PriorityRequestFeeder>>()));
        services.AddSingleton(new L1SyncOptions
        {
            Contract = deployment.Rollup,
            StartBlock = deployment.DeploymentBlock,
            Confirmations = (ulong)options.L1.Confirmations,
            PollInterval = PollInterval,
        });
        services.AddSingleton(sp => new L1SyncComponent(sp.GetRequiredService<EthClient>(), sp.GetRequiredService<L1SyncOptions>(),
            sp.GetRequiredService<PriorityRequestFeeder>(), sp.GetRequiredService<ILoggerFactory>(), sp.GetService<SequencerMetrics>()));
        services.AddSingleton(sp =>
        {
            var connection = sp.GetRequiredService<SequencerL1Connection>();
            return new BatchPosterComponent(sp.GetRequiredService<SequencerEngine>(), () => connection.Rollup, sp.GetRequiredService<L1SyncComponent>(),
                sp.GetRequiredService<BatchRecordStore>(), PollInterval, sp.GetRequiredService<ILoggerFactory>(), sp.GetService<TimeProvider>());
        });
        services.AddSequencerComponent<SequencerL1Connection>();
        services.AddSequencerComponent<L1SyncComponent>();
        services.AddSequencerComponent<BatchPosterComponent>();
        return services;
    }

    private static ArtifactStore DefaultArtifacts()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "contracts", "artifacts");
            if (Directory.Exists(candidate)) return new ArtifactStore(candidate);
        }
        return ArtifactStore.ForRepository(Directory.GetCurrentDirectory());
    }
}
