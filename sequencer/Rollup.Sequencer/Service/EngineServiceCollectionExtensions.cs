using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rollup.Core.State;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Hosting;
using Rollup.Sequencer.Receipts;
using Rollup.Sequencer.Rpc;
using Rollup.SettlementClient.Genesis;

namespace Rollup.Sequencer.Service;

public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// The engine over the storage's log, from Sequencer:L1:GenesisFile and Sequencer:Batch, with the
    /// operator's liquidator when an operator key is configured; <see cref="SequencerApi"/> as the
    /// RPC's <see cref="ISequencerApi"/> and <see cref="ISequencerAdmin"/>; the
    /// <see cref="ReceiptSigner"/> with the operator key. Register after storage and before the RPC.
    /// </summary>
    public static IServiceCollection AddSequencerEngine(this IServiceCollection services)
    {
        services.TryAddSingleton<ISequencerClock>(SystemSequencerClock.Instance);
        services.TryAddSingleton(sp => LoadGenesis(sp.GetRequiredService<IOptions<SequencerOptions>>().Value));
        services.TryAddSingleton(sp => new OperatorIdentity(sp.GetRequiredService<OperatorKeyProvider>()));
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SequencerOptions>>().Value;
            // Configuration errors (genesis, operator key) surface before the database is opened.
            var genesis = sp.GetRequiredService<GenesisConfig>();
            sp.GetRequiredService<ReceiptSigner>();
            return new SequencerEngine(
                genesis,
                sp.GetRequiredService<IOperationLog>(),
                sp.GetRequiredService<ISequencerClock>(),
                EngineOptionsFor(options, sp.GetRequiredService<OperatorIdentity>()),
                sp.GetRequiredService<ILogger<SequencerEngine>>(),
                sp.GetService<IWriteStageObserver>());
        });
        services.TryAddSingleton(sp =>
        {
            var genesis = sp.GetRequiredService<GenesisConfig>();
            return new ReceiptSigner(sp.GetRequiredService<OperatorIdentity>().RequireKey(), genesis.ChainId, genesis.VerifyingContract);
        });
        services.TryAddSingleton<SequencerApi>();
        services.TryAddSingleton<ISequencerApi>(sp => sp.GetRequiredService<SequencerApi>());
        services.TryAddSingleton<ISequencerAdmin>(sp => sp.GetRequiredService<SequencerApi>());
        services.AddSequencerComponent<EngineComponent>();
        return services;
    }

    public static EngineOptions EngineOptionsFor(SequencerOptions options, OperatorIdentity operatorIdentity)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(operatorIdentity);
        return new EngineOptions
        {
            BatchSlots = options.Batch.Slots,
            MaxBatchAgeSeconds = (ulong)Math.Max(1, Math.Ceiling(options.Batch.MaxAge.TotalSeconds)),
            PriorityDeadlineMarginSeconds = (ulong)options.Batch.PriorityDeadlineMargin.TotalSeconds,
            LiquidatorOwner = operatorIdentity.Liquidator,
            PreparedKeyCapacity = options.PreparedKeys,
        };
    }

    private static GenesisConfig LoadGenesis(SequencerOptions options)
    {
        const string Option = SequencerOptions.Section + ":L1:GenesisFile";
        if (string.IsNullOrWhiteSpace(options.L1.GenesisFile))
            throw new SequencerOptionsException([$"{Option} is required: the engine starts from the genesis state (on a devnet, `./rollup devnet` writes devnet/genesis.json)"]);
        try
        {
            return GenesisConfigJson.Read(File.ReadAllText(options.L1.GenesisFile));
        }
        catch (Exception e) when (e is GenesisConfigException or IOException or UnauthorizedAccessException)
        {
            throw new SequencerOptionsException([$"{Option} '{options.L1.GenesisFile}' cannot be read: {e.Message}"]);
        }
    }
}
