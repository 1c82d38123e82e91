using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Storage;

namespace Rollup.Sequencer.Hosting;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The database in Sequencer:DataDirectory, the operation log (also as <see cref="IOperationLog"/>
    /// for the engine), batch records and meta, opened when the host starts. Register before the
    /// engine so storage starts first and stops last.
    /// </summary>
    public static IServiceCollection AddSequencerStorage(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SequencerOptions>>().Value;
            return SequencerDatabase.Open(options.DataDirectory);
        });
        services.AddSingleton(sp => new LiteDbOperationLog(
            sp.GetRequiredService<SequencerDatabase>(),
            sp.GetRequiredService<IOptions<SequencerOptions>>().Value.Log,
            sp.GetRequiredService<ILogger<LiteDbOperationLog>>()));
        services.AddSingleton<IOperationLog>(sp => sp.GetRequiredService<LiteDbOperationLog>());
        services.AddSingleton(sp => new BatchRecordStore(sp.GetRequiredService<SequencerDatabase>()));
        services.AddSingleton(sp => new SequencerMeta(sp.GetRequiredService<SequencerDatabase>()));
        services.AddSequencerComponent<StorageComponent>();
        return services;
    }
}
