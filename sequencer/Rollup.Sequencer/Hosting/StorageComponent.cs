using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rollup.Core.State;
using Rollup.Sequencer.Storage;
using Rollup.SettlementClient.Genesis;

namespace Rollup.Sequencer.Hosting;

/// <summary>
/// Opens the database and the operation log when the host starts (through its dependencies) and
/// binds the database to the configured genesis root, refusing a data directory of another
/// genesis before anything replays from it. The log's positions are sampled into the metrics at
/// each scrape.
/// </summary>
public sealed class StorageComponent(
    SequencerDatabase database,
    LiteDbOperationLog log,
    SequencerMeta meta,
    SequencerMetrics metrics,
    IOptions<SequencerOptions> options,
    ILogger<StorageComponent> logger) : ISequencerComponent
{
    public Task StartAsync(CancellationToken cancellation)
    {
        metrics.ObserveLog(() => (log.LastSequence, log.DurableSequence, log.FlushCount));
        if (options.Value.L1.GenesisFile is { Length: > 0 } genesisFile)
        {
            var root = GenesisRoot(genesisFile);
            meta.BindGenesis(root);
            logger.LogInformation("Database {Path} bound to genesis root {GenesisRoot}", database.Path, root);
        }
        logger.LogInformation("Storage ready in {Path}: operation log at {Sequence}", database.Path, log.DurableSequence);
        return Task.CompletedTask;
    }

    // The database and log are singletons of the container, disposed by it after every component stopped.
    public Task StopAsync(CancellationToken cancellation) => Task.CompletedTask;

    private static string GenesisRoot(string path)
    {
        try
        {
            return new RollupState(GenesisConfigJson.Read(File.ReadAllText(path))).Root.ToString();
        }
        catch (Exception e) when (e is GenesisConfigException or IOException or UnauthorizedAccessException)
        {
            throw new SequencerOptionsException([$"{SequencerOptions.Section}:L1:GenesisFile '{path}' cannot be read: {e.Message}"]);
        }
    }
}
