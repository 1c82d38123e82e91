using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Rollup.Sequencer.Engine;

namespace Rollup.Sequencer.Storage;

/// <summary>
/// The operation log on LiteDB with group commit. The engine (single writer) appends into an
/// in-memory buffer and returns at once; a dedicated flusher thread takes the buffer, writes it
/// as one chunk document in one LiteDB transaction, fsyncs (<see cref="SequencerDatabase.Flush"/>)
/// and only then advances <see cref="DurableSequence"/> and releases the waiters up to it. Groups
/// are committed in sequence order, so what is on disk is always a prefix of the appended
/// entries. A failed write is fatal: waiters past the durable sequence fault and appends are
/// refused, nothing is dropped silently.
/// </summary>
public sealed partial class LiteDbOperationLog : IOperationLog
{
    internal const string CollectionName = "oplog";

    private readonly SequencerDatabase _database;
    private readonly ILiteCollection<BsonDocument> _chunks;
    private readonly OperationLogOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly Thread _flusher;
    private long _last;
    private long _durable;
    private long _flushes;
    private long _checkpoints;
    private Exception? _failure;
    private volatile bool _stopping;
    private bool _disposed;

    public LiteDbOperationLog(SequencerDatabase database, OperationLogOptions? options = null, ILogger<LiteDbOperationLog>? logger = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _options = options ?? new OperationLogOptions();
        var errors = _options.Validate("OperationLog");
        if (errors.Count > 0) throw new ArgumentException(string.Join("; ", errors), nameof(options));
        _database = database;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _time = time ?? TimeProvider.System;
        _chunks = database.Database.GetCollection<BsonDocument>(CollectionName);
        _last = _durable = FindLastSequence();
        _pending = new PendingEntries(64 * 1024);
        _flusher = new Thread(RunFlusher) { IsBackground = true, Name = "operation-log-flusher" };
        _flusher.Start();
        _logger.LogInformation("Operation log opened at {Sequence} in {Path}", _last, database.Path);
    }

    public long LastSequence => Volatile.Read(ref _last);

    public long DurableSequence => Volatile.Read(ref _durable);

    /// <summary>Number of fsynced groups so far (each one LiteDB transaction).</summary>
    public long FlushCount => Interlocked.Read(ref _flushes);

    /// <summary>Number of checkpoints the flusher ran (write-ahead pages copied into the data file).</summary>
    public long CheckpointCount => Interlocked.Read(ref _checkpoints);

    /// <summary>The failure that stopped the log, or null while it is healthy.</summary>
    public Exception? Failure => Volatile.Read(ref _failure);

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        // The flusher drains what is pending before it exits, so every appended entry is durable
        // (or failed) when Dispose returns.
        _stopping = true;
        _wake.Set();
        _groupFull.Set();
        _flusher.Join();
        CloseWaiters();
        _wake.Dispose();
        _groupFull.Dispose();
        _logger.LogInformation("Operation log closed at {Sequence}", DurableSequence);
    }

    private long FindLastSequence()
    {
        BsonDocument? last;
        try
        {
            last = _chunks.Query().OrderByDescending("_id").Limit(1).FirstOrDefault();
        }
        catch (LiteException e)
        {
            throw new SequencerStorageException($"cannot read the operation log in '{_database.Path}': {e.Message}", e);
        }
        if (last is null) return 0;
        var (first, count, lastSequence) = ChunkBounds(last);
        if (first + count - 1 != lastSequence)
            throw new SequencerStorageException($"operation log chunk {lastSequence} claims {count} entries from {first}; the log is corrupt");
        return lastSequence;
    }

    private static (long First, int Count, long Last) ChunkBounds(BsonDocument chunk) =>
        (chunk["first"].AsInt64, chunk["count"].AsInt32, chunk["_id"].AsInt64);
}
