using System.Text;

namespace Rollup.SettlementClient.TxManager;

public sealed partial class FileTransactionJournal
{
    /// <summary>Records of nonces not yet finished or abandoned, in file order; null until loaded.</summary>
    private List<JournalRecord>? _live;

    /// <summary>
    /// Drops every record of a nonce up to its last finished or abandoned record. What remains folds
    /// to the same unfinished nonces, variants and labels as the whole file.
    /// </summary>
    private static List<JournalRecord> LiveRecords(List<JournalRecord> records)
    {
        var lastClosed = new Dictionary<ulong, int>();
        for (int i = 0; i < records.Count; i++)
            if (records[i].Kind != JournalRecordKind.Signed) lastClosed[records[i].Nonce] = i;
        var live = new List<JournalRecord>();
        for (int i = 0; i < records.Count; i++)
            if (!lastClosed.TryGetValue(records[i].Nonce, out var closedAt) || i > closedAt) live.Add(records[i]);
        return live;
    }

    private void Track(JournalRecord record)
    {
        if (_live is null) return;
        if (record.Kind == JournalRecordKind.Signed) _live.Add(record);
        else _live.RemoveAll(r => r.Nonce == record.Nonce);
    }

    /// <summary>Replaces the file by one holding only <paramref name="live"/>: written and fsynced aside, then renamed over it.</summary>
    private void Rewrite(List<JournalRecord> live)
    {
        CloseStream();
        var temporary = Path + ".compact";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            foreach (var record in live) file.Write(Encoding.UTF8.GetBytes(JournalLine.Write(record) + "\n"));
            file.Flush(flushToDisk: true);
        }
        File.Move(temporary, Path, overwrite: true);
    }
}
