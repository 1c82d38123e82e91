using System.Collections.Concurrent;
using Rollup.Sequencer.Storage;

namespace Rollup.Sequencer.Tests.Storage;

public class OperationLogDurabilityTests
{
    [Fact]
    public async Task Concurrent_waiters_complete_in_sequence_order_and_only_once_durable()
    {
        using var dir = new TempDirectory();
        using var db = SequencerDatabase.Open(dir.Path);
        using var log = new LiteDbOperationLog(db, new OperationLogOptions { MaxGroupEntries = 16 });
        const int count = 2000;
        var waits = new Task[count + 1];
        var violations = new ConcurrentQueue<string>();
        var observers = new List<Task>(count);
        for (long i = 1; i <= count; i++)
        {
            long sequence = log.Append(LogPayloads.For(i));
            waits[sequence] = log.WaitDurableAsync(sequence).AsTask();
            observers.Add(waits[sequence].ContinueWith(_ => Check(sequence), TaskScheduler.Default));
        }
        await Task.WhenAll(observers);

        Assert.Empty(violations);
        Assert.Equal(count, log.DurableSequence);
        Assert.True(log.FlushCount < count, $"{log.FlushCount} flushes for {count} entries: no grouping");

        void Check(long sequence)
        {
            if (log.DurableSequence < sequence) violations.Enqueue($"{sequence} completed before it was durable");
            for (long earlier = 1; earlier < sequence; earlier++)
            {
                if (!waits[earlier].IsCompleted) violations.Enqueue($"{sequence} completed before {earlier}");
            }
        }
    }

    [Fact]
    public async Task Reads_while_the_writer_appends_see_a_gapless_durable_prefix()
    {
        using var dir = new TempDirectory();
        using var db = SequencerDatabase.Open(dir.Path);
        using var log = new LiteDbOperationLog(db, new OperationLogOptions { MaxGroupEntries = 64 });
        const int count = 5000;
        var writer = Task.Run(async () =>
        {
            for (long i = 1; i <= count; i++)
            {
                log.Append(LogPayloads.For(i));
                if (i % 500 == 0) await log.WaitDurableAsync(i);
            }
        });
        int reads = 0;
        while (!writer.IsCompleted || reads == 0)
        {
            long durableBefore = log.DurableSequence;
            long expected = 1;
            foreach (var entry in log.Read(0))
            {
                Assert.Equal(expected, entry.Sequence);
                Assert.Equal(LogPayloads.For(expected), entry.Payload);
                expected++;
            }
            Assert.True(expected - 1 >= durableBefore, $"read {expected - 1} entries, {durableBefore} were durable before the read");
            reads++;
        }
        await writer;
        await log.WaitDurableAsync(count);
        Assert.Equal(count, log.Read(0).Count());
    }

    [Fact]
    public async Task Reopened_log_keeps_every_entry_and_continues_numbering()
    {
        using var dir = new TempDirectory();
        using (var db = SequencerDatabase.Open(dir.Path))
        using (var log = new LiteDbOperationLog(db))
        {
            for (long i = 1; i <= 250; i++) log.Append(LogPayloads.For(i));
        }
        using (var db = SequencerDatabase.Open(dir.Path))
        using (var log = new LiteDbOperationLog(db))
        {
            Assert.Equal(250, log.LastSequence);
            Assert.Equal(250, log.DurableSequence);
            Assert.Equal(251, log.Append(LogPayloads.For(251)));
            await log.WaitDurableAsync(251);
        }
        AssertReopenedLogHolds(dir.Path, 251);
    }

    [Fact]
    public async Task Entries_survive_many_checkpoints_and_a_reopen_with_a_tiny_checkpoint_size()
    {
        using var dir = new TempDirectory();
        var logFile = Path.Combine(dir.Path, "sequencer-log.db");
        long largestLog = 0;
        long checkpoints;
        using (var db = SequencerDatabase.Open(dir.Path))
        using (var log = new LiteDbOperationLog(db, new OperationLogOptions { MaxGroupEntries = 4, CheckpointPages = 2 }))
        {
            for (long i = 1; i <= 400; i++)
            {
                await log.WaitDurableAsync(log.Append(LogPayloads.For(i)));
                if (File.Exists(logFile)) largestLog = Math.Max(largestLog, new FileInfo(logFile).Length);
            }
            checkpoints = log.CheckpointCount;
        }
        Assert.True(checkpoints >= 10, $"{checkpoints} checkpoints for 400 commits at two pages");
        // Checkpoints kept emptying the write-ahead log: it never grew far past two pages of 8 KiB.
        Assert.InRange(largestLog, 1, 16 * 8192);
        AssertReopenedLogHolds(dir.Path, 400);
    }

    /// <summary>The log reopened from disk holds entries 1..count, each with its own payload.</summary>
    private static void AssertReopenedLogHolds(string directory, int count)
    {
        using var reopened = SequencerDatabase.Open(directory);
        using var reread = new LiteDbOperationLog(reopened);
        var entries = reread.Read(0).ToList();
        Assert.Equal(Enumerable.Range(1, count).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.All(entries, e => Assert.Equal(LogPayloads.For(e.Sequence), e.Payload));
    }

    [Fact]
    public async Task Flusher_checkpoints_once_a_group_is_durable_and_nothing_is_pending()
    {
        using var dir = new TempDirectory();
        using var db = SequencerDatabase.Open(dir.Path);
        using var log = new LiteDbOperationLog(db, new OperationLogOptions { IdleCheckpointPages = 1 });
        await log.WaitDurableAsync(log.Append(LogPayloads.For(1)));
        // The waiters are released before the checkpoint runs: it delays no acknowledgement.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (log.CheckpointCount == 0 && DateTime.UtcNow < deadline) await Task.Delay(5);
        Assert.Equal(1, log.CheckpointCount);
        Assert.Equal(0, db.LogPages);
        Assert.Equal(LogPayloads.For(1), Assert.Single(log.Read(0)).Payload);
    }

    [Fact]
    public async Task LiteDB_never_checkpoints_inside_a_commit_and_the_flusher_waits_for_its_thresholds()
    {
        using var dir = new TempDirectory();
        using var db = SequencerDatabase.Open(dir.Path);
        Assert.Equal(0, db.Database.CheckpointSize);
        using var log = new LiteDbOperationLog(db, new OperationLogOptions { CheckpointPages = 100_000, IdleCheckpointPages = 100_000 });
        for (long i = 1; i <= 150; i++)
            await log.WaitDurableAsync(log.Append(LogPayloads.For(i)));
        // Every commit adds pages to the write-ahead file and nothing copies them out.
        Assert.Equal(0, log.CheckpointCount);
        Assert.True(db.LogPages >= 150, $"{db.LogPages} write-ahead pages after 150 commits");
        db.Checkpoint();
        Assert.Equal(0, db.LogPages);
        Assert.Equal(Enumerable.Range(1, 150).Select(i => (long)i), log.Read(0).Select(e => e.Sequence));
    }

    [Fact]
    public async Task Failed_write_faults_waiters_and_refuses_further_appends()
    {
        using var dir = new TempDirectory();
        using var db = SequencerDatabase.Open(dir.Path);
        using var log = new LiteDbOperationLog(db);
        long first = log.Append([1]);
        await log.WaitDurableAsync(first);

        // The database closing under the log makes the flusher's next insert fail, as a disk error would.
        db.Database.Dispose();
        long second = log.Append([2]);
        var error = await Assert.ThrowsAsync<OperationLogFailedException>(async () => await log.WaitDurableAsync(second));
        Assert.Contains("failed at sequence 2", error.Message);
        Assert.Equal(first, log.DurableSequence);
        Assert.NotNull(log.Failure);
        Assert.Throws<OperationLogFailedException>(() => log.Append([3]));
        await log.WaitDurableAsync(first);
    }

    [Fact]
    public void Waiting_for_a_sequence_never_appended_is_refused()
    {
        using var dir = new TempDirectory();
        using var db = SequencerDatabase.Open(dir.Path);
        using var log = new LiteDbOperationLog(db);
        log.Append([1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => log.WaitDurableAsync(5));
    }

    [Fact]
    public async Task Wait_is_cancellable_without_affecting_durability()
    {
        using var dir = new TempDirectory();
        using var db = SequencerDatabase.Open(dir.Path);
        using var log = new LiteDbOperationLog(db, new OperationLogOptions { MaxGroupDelay = TimeSpan.FromMilliseconds(500), MaxGroupEntries = 1000 });
        long sequence = log.Append([7]);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await log.WaitDurableAsync(sequence, cancel.Token));
        await log.WaitDurableAsync(sequence);
        Assert.Equal(sequence, log.DurableSequence);
    }
}
