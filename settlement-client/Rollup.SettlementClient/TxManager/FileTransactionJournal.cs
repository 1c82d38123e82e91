using System.Text;
using System.Text.Json;

namespace Rollup.SettlementClient.TxManager;

/// <summary>
/// <see cref="ITransactionJournal"/> as an append-only file of JSON lines, fsynced after every
/// record. A crash can tear only the last line (records are appended whole, in order); loading
/// drops such a line and cuts it off the file so the next record starts on a line of its own.
/// A damaged line anywhere else is corruption and refused.
/// </summary>
public sealed class FileTransactionJournal(string path) : ITransactionJournal, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private FileStream? _stream;

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public async Task<IReadOnlyList<JournalRecord>> LoadAsync(CancellationToken cancellation = default)
    {
        await _gate.WaitAsync(cancellation);
        try
        {
            if (!File.Exists(Path)) return [];
            var bytes = await File.ReadAllBytesAsync(Path, cancellation);
            var (records, validLength) = Parse(bytes);
            if (validLength < bytes.Length)
            {
                CloseStream();
                using var file = new FileStream(Path, FileMode.Open, FileAccess.Write, FileShare.Read);
                file.SetLength(validLength);
                file.Flush(flushToDisk: true);
            }
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
            _stream ??= OpenForAppend();
            await _stream.WriteAsync(line, cancellation);
            // The manager broadcasts only after this returns: the record must survive a power cut.
            _stream.Flush(flushToDisk: true);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        CloseStream();
        _gate.Dispose();
    }

    private FileStream OpenForAppend()
    {
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        return new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
    }

    private void CloseStream()
    {
        _stream?.Dispose();
        _stream = null;
    }

    /// <summary>The records and the length of the file they occupy (shorter than the file when the last line is torn).</summary>
    private (List<JournalRecord> Records, long ValidLength) Parse(byte[] bytes)
    {
        var records = new List<JournalRecord>();
        int start = 0;
        int lineNumber = 0;
        while (start < bytes.Length)
        {
            lineNumber++;
            int end = Array.IndexOf(bytes, (byte)'\n', start);
            // Record and newline are written together: without its newline the write was torn, even if the JSON looks whole.
            if (end < 0) return (records, start);
            bool last = end == bytes.Length - 1;
            try
            {
                records.Add(JournalLine.Read(bytes.AsSpan(start, end - start)));
            }
            catch (Exception e) when (e is JsonException or FormatException or ArgumentException or InvalidOperationException)
            {
                // Only the last line can be torn by a crash; earlier damage means the file was altered.
                if (last) return (records, start);
                throw new TransactionJournalException($"{Path}: line {lineNumber} is not a journal record ({e.Message})", e);
            }
            start = end + 1;
        }
        return (records, bytes.Length);
    }
}
