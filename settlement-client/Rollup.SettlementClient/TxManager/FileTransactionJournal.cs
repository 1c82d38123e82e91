using System.Text;

namespace Rollup.SettlementClient.TxManager;

/// <summary>
/// <see cref="ITransactionJournal"/> as an append-only file of JSON lines, fsynced after every
/// record. A crash can tear only the last line (records are appended whole, in order); loading
/// drops such a line and cuts it off the file so the next record starts on a line of its own.
/// A damaged line anywhere else is corruption and refused. A lock file next to the journal keeps a
/// second manager (another process still running with the same key) out: two senders of one nonce
/// sequence would undo every guarantee. Records of finished nonces are compacted away.
/// </summary>
public sealed partial class FileTransactionJournal(string path) : ITransactionJournal, IDisposable
{
    /// <summary>A journal larger than this is rewritten with only its unfinished nonces when one finishes.</summary>
    public const long CompactionThresholdBytes = 4L * 1024 * 1024;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private FileStream? _lock;
    private FileStream? _stream;

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public async Task<IReadOnlyList<JournalRecord>> LoadAsync(CancellationToken cancellation = default)
    {
        await _gate.WaitAsync(cancellation);
        try
        {
            TakeLock();
            CloseStream();
            if (!File.Exists(Path))
            {
                _live = [];
                return [];
            }
            var bytes = await File.ReadAllBytesAsync(Path, cancellation);
            var (records, validLength) = Parse(Path, bytes);
            _live = LiveRecords(records);
            if (_live.Count < records.Count) Rewrite(_live);
            else if (validLength < bytes.Length) CutTornTail(validLength);
            return records;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task AppendAsync(JournalRecord record, CancellationToken cancellation = default)
    {
        var line = Encoding.UTF8.GetBytes(JournalLine.Write(record) + "\n");
        await _gate.WaitAsync(cancellation);
        try
        {
            TakeLock();
            _stream ??= new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
            await _stream.WriteAsync(line, cancellation);
            // The manager broadcasts only after this returns: the record must survive a power cut.
            _stream.Flush(flushToDisk: true);
            Track(record);
            if (record.Kind != JournalRecordKind.Signed && _live is not null && _stream.Length > CompactionThresholdBytes) Rewrite(_live);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Reads a journal without locking or changing it (for inspection while a manager runs).</summary>
    public static IReadOnlyList<JournalRecord> Read(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full)) return [];
        using var file = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var copy = new MemoryStream();
        file.CopyTo(copy);
        return Parse(full, copy.ToArray()).Records;
    }

    public void Dispose()
    {
        CloseStream();
        _lock?.Dispose();
        _lock = null;
        _gate.Dispose();
    }

    private void TakeLock()
    {
        if (_lock is not null) return;
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        try
        {
            _lock = new FileStream(Path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new TransactionJournalException($"{Path} is in use by another transaction manager (lock file {Path}.lock is held)", e);
        }
    }

    private void CloseStream()
    {
        _stream?.Dispose();
        _stream = null;
    }

    private void CutTornTail(long validLength)
    {
        using var file = new FileStream(Path, FileMode.Open, FileAccess.Write, FileShare.Read);
        file.SetLength(validLength);
        file.Flush(flushToDisk: true);
    }
}
