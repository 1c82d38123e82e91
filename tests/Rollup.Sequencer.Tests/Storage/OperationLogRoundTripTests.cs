using FsCheck;
using FsCheck.Fluent;
using Rollup.Sequencer.Storage;

namespace Rollup.Sequencer.Tests.Storage;

public class OperationLogRoundTripTests
{
    [Fact]
    public async Task Appended_entries_read_back_in_order_with_their_payloads_from_sequence_one()
    {
        using var dir = new TempDirectory();
        using var db = SequencerDatabase.Open(dir.Path);
        using var log = new LiteDbOperationLog(db);
        Assert.Equal(0, log.LastSequence);
        for (long i = 1; i <= 500; i++) Assert.Equal(i, log.Append(LogPayloads.For(i)));
        await log.WaitDurableAsync(500);

        var entries = log.Read(0).ToList();
        Assert.Equal(500, entries.Count);
        for (int i = 0; i < entries.Count; i++)
        {
            Assert.Equal(i + 1, entries[i].Sequence);
            Assert.Equal(LogPayloads.For(i + 1), entries[i].Payload);
        }
        Assert.Equal(Enumerable.Range(301, 200).Select(i => (long)i), log.Read(300).Select(e => e.Sequence));
        Assert.Empty(log.Read(500));
    }

    [Fact]
    public async Task Read_returns_only_durable_entries_and_timestamps_of_the_append()
    {
        using var dir = new TempDirectory();
        using var db = SequencerDatabase.Open(dir.Path);
        var time = new FixedTime(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123));
        using var log = new LiteDbOperationLog(db, time: time);
        long sequence = log.Append([1, 2, 3]);
        await log.WaitDurableAsync(sequence);

        var entry = Assert.Single(log.Read(0));
        Assert.Equal(1_700_000_000_123, entry.TimestampMs);
        Assert.Equal(new byte[] { 1, 2, 3 }, entry.Payload);
    }

    [Fact]
    public async Task Groups_split_by_max_entries_and_bytes_still_read_back_without_gaps()
    {
        using var dir = new TempDirectory();
        using var db = SequencerDatabase.Open(dir.Path);
        var options = new OperationLogOptions { MaxGroupEntries = 7, MaxGroupBytes = 4096 };
        using var log = new LiteDbOperationLog(db, options);
        for (long i = 1; i <= 300; i++) log.Append(i % 50 == 0 ? new byte[3000] : LogPayloads.For(i));
        await log.WaitDurableAsync(300);

        var sequences = log.Read(0).Select(e => e.Sequence).ToList();
        Assert.Equal(Enumerable.Range(1, 300).Select(i => (long)i), sequences);
        Assert.True(log.FlushCount >= 300 / 7, $"{log.FlushCount} flushes for 300 entries in groups of 7");
    }

    [Fact]
    public void Entry_larger_than_a_group_is_refused_and_changes_nothing()
    {
        using var dir = new TempDirectory();
        using var db = SequencerDatabase.Open(dir.Path);
        using var log = new LiteDbOperationLog(db, new OperationLogOptions { MaxGroupBytes = 4096 });
        var error = Assert.Throws<ArgumentException>(() => log.Append(new byte[5000]));
        Assert.Contains("at most 4084 bytes", error.Message);
        Assert.Equal(0, log.LastSequence);
    }

    [Fact]
    public void Invalid_log_options_are_refused_naming_the_option()
    {
        using var dir = new TempDirectory();
        using var db = SequencerDatabase.Open(dir.Path);
        var error = Assert.Throws<ArgumentException>(() => new LiteDbOperationLog(db, new OperationLogOptions { MaxGroupEntries = 0 }));
        Assert.Contains("MaxGroupEntries", error.Message);
    }

    [Fact]
    public void Any_payload_sequence_reads_back_identically_after_reopen()
    {
        Prop.ForAll(Arb.From(Gen.ListOf(Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>()))), payloads =>
        {
            using var dir = new TempDirectory();
            using (var db = SequencerDatabase.Open(dir.Path))
            using (var log = new LiteDbOperationLog(db, new OperationLogOptions { MaxGroupEntries = 3 }))
            {
                foreach (var p in payloads) log.Append(p);
            }
            using var reopened = SequencerDatabase.Open(dir.Path);
            using var again = new LiteDbOperationLog(reopened);
            var read = again.Read(0).ToList();
            return again.LastSequence == payloads.Count
                && read.Count == payloads.Count
                && read.Select((e, i) => e.Sequence == i + 1 && e.Payload.AsSpan().SequenceEqual(payloads[i])).All(ok => ok);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(25));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
