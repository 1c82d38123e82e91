using System.Text;
using Rollup.SettlementClient.TxManager;

namespace Rollup.SettlementClient.Tests.TxManager;

public sealed class FileTransactionJournalTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("txmgr-journal-").FullName;

    private string JournalPath => Path.Combine(_directory, "sub", "operator.journal");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static readonly JournalRecord OpenVariant = JournalRecord.Signed(10, null, [0x02, 0xc0, 0x0a]);

    private static readonly JournalRecord[] Records =
    [
        JournalRecord.Signed(7, "commitBatch 3", [0x02, 0xc0, 0x01]),
        JournalRecord.Signed(7, "commitBatch 3", [0x02, 0xc0, 0x02]),
        JournalRecord.Finished(7, Enumerable.Range(0, 32).Select(i => (byte)i).ToArray(), 1234),
        JournalRecord.Signed(8, "refused", [0x02, 0xc0, 0x08]),
        JournalRecord.Abandoned(8),
        OpenVariant,
    ];

    private async Task WriteAllAsync()
    {
        using var journal = new FileTransactionJournal(JournalPath);
        foreach (var record in Records) await journal.AppendAsync(record);
    }

    private static void AssertSame(JournalRecord expected, JournalRecord actual)
    {
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(expected.Nonce, actual.Nonce);
        Assert.Equal(expected.Label, actual.Label);
        Assert.Equal(expected.RawTransaction, actual.RawTransaction);
        Assert.Equal(expected.TransactionHash, actual.TransactionHash);
        Assert.Equal(expected.BlockNumber, actual.BlockNumber);
    }

    [Fact]
    public async Task Records_are_appended_in_order_one_json_line_each()
    {
        await WriteAllAsync();
        var read = FileTransactionJournal.Read(JournalPath);
        Assert.Equal(Records.Length, read.Count);
        for (int i = 0; i < Records.Length; i++) AssertSame(Records[i], read[i]);
        var lines = await File.ReadAllLinesAsync(JournalPath);
        Assert.Equal(Records.Length, lines.Length);
        Assert.Equal("{\"kind\":\"signed\",\"nonce\":\"7\",\"label\":\"commitBatch 3\",\"raw\":\"0x02c001\"}", lines[0]);
        Assert.Equal("{\"kind\":\"abandoned\",\"nonce\":\"8\"}", lines[4]);
    }

    [Fact]
    public async Task Loading_returns_every_record_and_compacts_the_file_to_the_unfinished_nonces()
    {
        await WriteAllAsync();
        using (var journal = new FileTransactionJournal(JournalPath))
        {
            var loaded = await journal.LoadAsync();
            Assert.Equal(Records.Length, loaded.Count);
            for (int i = 0; i < Records.Length; i++) AssertSame(Records[i], loaded[i]);
        }
        var compacted = FileTransactionJournal.Read(JournalPath);
        AssertSame(OpenVariant, Assert.Single(compacted));
    }

    [Fact]
    public async Task A_missing_journal_loads_empty()
    {
        using var journal = new FileTransactionJournal(JournalPath);
        Assert.Empty(await journal.LoadAsync());
    }

    [Fact]
    public async Task A_second_journal_on_the_same_file_is_refused_while_the_first_is_open()
    {
        using var first = new FileTransactionJournal(JournalPath);
        await first.LoadAsync();
        using var second = new FileTransactionJournal(JournalPath);
        var e = await Assert.ThrowsAsync<TransactionJournalException>(() => second.LoadAsync());
        Assert.Contains("in use", e.Message);
        first.Dispose();
        using var third = new FileTransactionJournal(JournalPath);
        Assert.Empty(await third.LoadAsync());
    }

    [Theory]
    [InlineData("{\"kind\":\"signed\",\"nonce\":\"9\",\"ra")]
    [InlineData("{\"kind\":\"signed\",\"nonce\":\"9\",\"raw\":\"0x02c0\"}")] // whole record, newline never written
    [InlineData("\0\0\0\0\n")]
    public async Task A_torn_last_line_is_dropped_and_the_next_record_starts_on_a_clean_line(string torn)
    {
        await WriteAllAsync();
        await File.AppendAllTextAsync(JournalPath, torn);
        var second = JournalRecord.Signed(10, null, [0x02, 0xc0, 0x0b]);
        using (var journal = new FileTransactionJournal(JournalPath))
        {
            var loaded = await journal.LoadAsync();
            Assert.Equal(Records.Length, loaded.Count);
            AssertSame(OpenVariant, loaded[^1]);
            await journal.AppendAsync(second);
        }
        using var reopened = new FileTransactionJournal(JournalPath);
        var all = await reopened.LoadAsync();
        Assert.Equal(2, all.Count);
        AssertSame(OpenVariant, all[0]);
        AssertSame(second, all[1]);
    }

    [Fact]
    public async Task A_torn_last_line_alone_is_cut_off_the_file()
    {
        using (var journal = new FileTransactionJournal(JournalPath)) await journal.AppendAsync(OpenVariant);
        await File.AppendAllTextAsync(JournalPath, "{\"kind\":\"sig");
        using (var journal = new FileTransactionJournal(JournalPath)) AssertSame(OpenVariant, Assert.Single(await journal.LoadAsync()));
        Assert.Equal(JournalLine(OpenVariant), await File.ReadAllTextAsync(JournalPath));
    }

    private static string JournalLine(JournalRecord record) => "{\"kind\":\"signed\",\"nonce\":\"" + record.Nonce + "\",\"raw\":\"0x02c00a\"}\n";

    [Fact]
    public async Task A_damaged_line_before_the_last_is_refused_as_corruption()
    {
        await WriteAllAsync();
        var lines = await File.ReadAllLinesAsync(JournalPath);
        lines[1] = lines[1][..10];
        await File.WriteAllTextAsync(JournalPath, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        using var journal = new FileTransactionJournal(JournalPath);
        var e = await Assert.ThrowsAsync<TransactionJournalException>(() => journal.LoadAsync());
        Assert.True(e.Message.Contains("line 2", StringComparison.Ordinal), e.Message);
    }

    [Fact]
    public async Task A_record_missing_its_fields_is_refused()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "bad"), "{\"kind\":\"finished\",\"nonce\":\"1\"}\n{\"kind\":\"abandoned\",\"nonce\":\"2\"}\n");
        using var journal = new FileTransactionJournal(Path.Combine(_directory, "bad"));
        var e = await Assert.ThrowsAsync<TransactionJournalException>(() => journal.LoadAsync());
        Assert.Contains("line 1", e.Message);
    }
}
