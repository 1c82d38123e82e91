using LiteDB;
using Rollup.Core.Fields;

namespace Rollup.Sequencer.Storage;

/// <summary>
/// Sealed batches and their L1 status, in the sequencer's database (collection <c>batches</c>,
/// keyed by batch number, indexed by status). Every upsert is flushed to disk before it returns.
/// </summary>
public sealed class BatchRecordStore
{
    internal const string CollectionName = "batches";

    private readonly SequencerDatabase _database;
    private readonly ILiteCollection<BsonDocument> _batches;

    public BatchRecordStore(SequencerDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _batches = database.Database.GetCollection<BsonDocument>(CollectionName);
        _batches.EnsureIndex("status");
    }

    public void Upsert(BatchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Number > long.MaxValue) throw new ArgumentOutOfRangeException(nameof(record), record.Number, "batch number out of range");
        if (record.Commitment.Length != 32) throw new ArgumentException($"a commitment is 32 bytes, not {record.Commitment.Length}", nameof(record));
        if (record.PubdataHash.Length != 32) throw new ArgumentException($"a pubdata hash is 32 bytes, not {record.PubdataHash.Length}", nameof(record));
        _batches.Upsert(ToDocument(record));
        _database.Flush();
    }

    public BatchRecord? Get(ulong number)
    {
        if (number > long.MaxValue) return null;
        var document = _batches.FindById((long)number);
        return document is null ? null : FromDocument(document);
    }

    /// <summary>The batch with the highest number, or null when none was sealed.</summary>
    public BatchRecord? Latest()
    {
        var document = _batches.Query().OrderByDescending("_id").Limit(1).FirstOrDefault();
        return document is null ? null : FromDocument(document);
    }

    /// <summary>Batches from <paramref name="firstNumber"/> on, in number order, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<BatchRecord> Range(ulong firstNumber, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (firstNumber > long.MaxValue) return [];
        var documents = _batches.Query().Where(Query.GTE("_id", (long)firstNumber)).OrderBy("_id").Limit(limit).ToList();
        return Convert(documents);
    }

    /// <summary>Batches in <paramref name="status"/>, in number order (e.g. the sealed ones still to send after a restart).</summary>
    public IReadOnlyList<BatchRecord> WithStatus(BatchStatus status)
    {
        var documents = _batches.Query().Where(Query.EQ("status", (int)status)).OrderBy("_id").ToList();
        return Convert(documents);
    }

    private static BatchRecord[] Convert(List<BsonDocument> documents)
    {
        var records = new BatchRecord[documents.Count];
        for (int i = 0; i < records.Length; i++) records[i] = FromDocument(documents[i]);
        return records;
    }

    private static BsonDocument ToDocument(BatchRecord r) => new()
    {
        ["_id"] = (long)r.Number,
        ["newRoot"] = r.NewRoot.ToString(),
        ["commitment"] = r.Commitment,
        ["pubdataHash"] = r.PubdataHash,
        ["status"] = (int)r.Status,
        ["commitTx"] = r.CommitTxHash is null ? BsonValue.Null : r.CommitTxHash,
        ["commitBlock"] = r.CommitL1Block is { } block ? (long)block : BsonValue.Null,
        ["latestTx"] = r.LatestTxHash is null ? BsonValue.Null : r.LatestTxHash,
        ["sealedAt"] = r.SealedAtMs,
        ["updatedAt"] = r.UpdatedAtMs,
    };

    private static BatchRecord FromDocument(BsonDocument d) => new()
    {
        Number = (ulong)d["_id"].AsInt64,
        NewRoot = Fr.Parse(d["newRoot"].AsString),
        Commitment = d["commitment"].AsBinary,
        PubdataHash = d["pubdataHash"].AsBinary,
        Status = (BatchStatus)d["status"].AsInt32,
        CommitTxHash = d["commitTx"].IsNull ? null : d["commitTx"].AsString,
        CommitL1Block = d["commitBlock"].IsNull ? null : (ulong)d["commitBlock"].AsInt64,
        LatestTxHash = d["latestTx"].IsNull ? null : d["latestTx"].AsString,
        SealedAtMs = d["sealedAt"].AsInt64,
        UpdatedAtMs = d["updatedAt"].AsInt64,
    };
}
