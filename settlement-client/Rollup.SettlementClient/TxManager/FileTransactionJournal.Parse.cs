using System.Text.Json;

namespace Rollup.SettlementClient.TxManager;

public sealed partial class FileTransactionJournal
{
    /// <summary>The records and the length of the file they occupy (shorter than the file when the last line is torn).</summary>
    private static (List<JournalRecord> Records, long ValidLength) Parse(string path, byte[] bytes)
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
            catch (Exception e) when (e is JsonException or FormatException or ArgumentException or InvalidOperationException or KeyNotFoundException)
            {
                // Only the last line can be torn by a crash; earlier damage means the file was altered.
                if (last) return (records, start);
                throw new TransactionJournalException($"{path}: line {lineNumber} is not a journal record ({e.Message})", e);
            }
            start = end + 1;
        }
        return (records, bytes.Length);
    }
}
