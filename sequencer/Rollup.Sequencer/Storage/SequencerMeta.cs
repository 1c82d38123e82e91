using LiteDB;

namespace Rollup.Sequencer.Storage;

/// <summary>
/// Small key-value facts about the database (collection <c>meta</c>), chiefly the genesis root
/// its data belongs to: the log replays onto that genesis only, so a database of another
/// genesis is refused at start instead of being replayed into a wrong state.
/// </summary>
public sealed class SequencerMeta
{
    internal const string CollectionName = "meta";
    public const string GenesisRootKey = "genesisRoot";

    private readonly SequencerDatabase _database;
    private readonly ILiteCollection<BsonDocument> _meta;

    public SequencerMeta(SequencerDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _meta = database.Database.GetCollection<BsonDocument>(CollectionName);
    }

    public string? Get(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var document = _meta.FindById(key);
        return document?["value"].AsString;
    }

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>, durably.</summary>
    public void Set(string key, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(value);
        _meta.Upsert(new BsonDocument { ["_id"] = key, ["value"] = value });
        _database.Flush();
    }

    /// <summary>Records the genesis root on a new database; on an existing one, refuses a different root.</summary>
    public void BindGenesis(string genesisRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(genesisRoot);
        var stored = Get(GenesisRootKey);
        if (stored is null)
        {
            Set(GenesisRootKey, genesisRoot);
            return;
        }
        if (stored != genesisRoot)
            throw new SequencerStorageException(
                $"the database '{_database.Path}' belongs to genesis root {stored}, not {genesisRoot}; use another data directory for this genesis");
    }
}
