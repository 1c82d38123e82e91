using LiteDB;
using Microsoft.Win32.SafeHandles;

namespace Rollup.Sequencer.Storage;

/// <summary>
/// The sequencer's LiteDB file and what LiteDB 5 leaves out for durability. LiteDB writes a
/// committed transaction's pages into its write-ahead file (<c>sequencer-log.db</c>) before
/// Commit returns, so they survive a process kill, but it does not fsync that file: only its
/// checkpoint (which copies the log into the data file) and file creation are flushed to disk.
/// <see cref="Flush"/> fsyncs the log file through a handle of our own (fsync covers the file,
/// whichever descriptor wrote it) and, the first time, the directory that names it. LiteDB's
/// own FileShare on POSIX is an advisory shared lock, so a second process could open the same
/// file; an exclusive lock on <c>sequencer.lock</c> refuses that with a clear error.
/// LiteDB's own checkpoints are off: one ran inside whichever commit passed the size, so the
/// group commit it landed in waited for the copy and the data file's fsync. The operation log
/// checkpoints through <see cref="Checkpoint"/> instead, after a group is durable.
/// </summary>
public sealed class SequencerDatabase : IDisposable
{
    public const string FileName = "sequencer.db";
    public const string LogFileName = "sequencer-log.db";
    public const string LockFileName = "sequencer.lock";

    private readonly FileStream _lock;
    private readonly string _logPath;
    private readonly Lock _flushGate = new();
    private SafeFileHandle? _logHandle;
    private bool _disposed;

    private SequencerDatabase(string directory, FileStream lockFile, LiteDatabase database)
    {
        Directory = directory;
        _lock = lockFile;
        Database = database;
        _logPath = System.IO.Path.Combine(directory, LogFileName);
    }

    public string Directory { get; }

    public string Path => System.IO.Path.Combine(Directory, FileName);

    internal LiteDatabase Database { get; }

    /// <summary>Opens (creating if needed) the database in <paramref name="directory"/>; refuses a directory another process holds, and a file that is not a LiteDB database.</summary>
    public static SequencerDatabase Open(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var full = System.IO.Path.GetFullPath(directory);
        try
        {
            System.IO.Directory.CreateDirectory(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SequencerStorageException($"cannot create the data directory '{full}': {e.Message}", e);
        }
        var lockFile = AcquireLock(full);
        var dataPath = System.IO.Path.Combine(full, FileName);
        bool created = !File.Exists(dataPath);
        LiteDatabase database;
        try
        {
            database = new LiteDatabase(new ConnectionString { Filename = dataPath, Connection = ConnectionType.Direct });
            // The engine opens lazily in places; reading the collection names forces the header and
            // write-ahead log to be read now, so a corrupt file fails here and not on the first append.
            _ = database.GetCollectionNames().Count();
            database.CheckpointSize = 0;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            lockFile.Dispose();
            throw new SequencerStorageException(
                $"cannot open the sequencer database '{dataPath}' (corrupt or not a LiteDB file?): {e.GetType().Name}: {e.Message}", e);
        }
        if (created) DirectorySync.Flush(full);
        return new SequencerDatabase(full, lockFile, database);
    }

    /// <summary>Makes every transaction committed so far durable on disk (fsync of LiteDB's log file).</summary>
    public void Flush()
    {
        lock (_flushGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_logHandle is null)
            {
                // No log file means nothing was committed since LiteDB's last checkpoint, which it fsyncs itself.
                if (!File.Exists(_logPath)) return;
                _logHandle = File.OpenHandle(_logPath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
                DirectorySync.Flush(Directory);
            }
            RandomAccess.FlushToDisk(_logHandle);
        }
    }

    /// <summary>Pages in LiteDB's write-ahead file: what the next <see cref="Checkpoint"/> copies into the data file.</summary>
    public long LogPages
    {
        get
        {
            lock (_flushGate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (_logHandle is not null) return RandomAccess.GetLength(_logHandle) / LiteDbPageBytes;
                var log = new FileInfo(_logPath);
                return log.Exists ? log.Length / LiteDbPageBytes : 0;
            }
        }
    }

    /// <summary>Copies the write-ahead file's committed pages into the data file, fsyncs it and empties the write-ahead file (LiteDB's checkpoint).</summary>
    public void Checkpoint()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Database.Checkpoint();
    }

    private const int LiteDbPageBytes = 8192;

    public void Dispose()
    {
        lock (_flushGate)
        {
            if (_disposed) return;
            _disposed = true;
            _logHandle?.Dispose();
        }
        // LiteDB checkpoints into the data file (fsynced) on close.
        Database.Dispose();
        _lock.Dispose();
    }

    private static FileStream AcquireLock(string directory)
    {
        var path = System.IO.Path.Combine(directory, LockFileName);
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new SequencerStorageException($"the sequencer database in '{directory}' is in use by another process (cannot lock {LockFileName}): {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new SequencerStorageException($"cannot lock '{path}': {e.Message}", e);
        }
    }
}
