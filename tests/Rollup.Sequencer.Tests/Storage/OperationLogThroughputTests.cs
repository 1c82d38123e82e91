using System.Diagnostics;
using Rollup.Sequencer.Storage;
using Xunit.Abstractions;

namespace Rollup.Sequencer.Tests.Storage;

/// <summary>Prints the durable-ack throughput of the log; asserts only that every entry became durable (timing is for benchmarks).</summary>
public class OperationLogThroughputTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Durable_append_throughput_is_reported()
    {
        using var dir = new TempDirectory();
        using var db = SequencerDatabase.Open(dir.Path);
        using var log = new LiteDbOperationLog(db);
        const int count = 50_000;
        var payload = new byte[160];
        var acks = new Task[count];
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < count; i++)
        {
            payload[0] = (byte)i;
            acks[i] = log.WaitDurableAsync(log.Append(payload)).AsTask();
        }
        await Task.WhenAll(acks);
        clock.Stop();

        Assert.Equal(count, log.DurableSequence);
        output.WriteLine($"{count} entries of {payload.Length} bytes durable in {clock.ElapsedMilliseconds} ms: " +
            $"{count / clock.Elapsed.TotalSeconds:F0} entries/s, {log.FlushCount} fsynced groups (avg {(double)count / log.FlushCount:F0} entries each)");
    }

    [Fact]
    public async Task Durable_ack_latency_at_a_paced_rate_is_reported()
    {
        using var dir = new TempDirectory();
        using var db = SequencerDatabase.Open(dir.Path);
        using var log = new LiteDbOperationLog(db);
        const int rate = 10_000;
        const int count = 10_000;
        var payload = new byte[160];
        var appendedAt = new long[count + 1];
        var latencies = new double[count];
        long ticksPerEntry = Stopwatch.Frequency / rate;
        long start = Stopwatch.GetTimestamp();
        long observed = 0;
        // Durability is observed on this thread (DurableSequence), so the figure is the log's own
        // latency, not thread-pool scheduling of continuations.
        for (int i = 1; i <= count || observed < count; i++)
        {
            if (i <= count)
            {
                long due = start + (i - 1) * ticksPerEntry;
                while (Stopwatch.GetTimestamp() < due) Observe();
                appendedAt[i] = Stopwatch.GetTimestamp();
                log.Append(payload);
            }
            Observe();
        }
        await log.WaitDurableAsync(count);

        void Observe()
        {
            long durable = log.DurableSequence;
            long now = Stopwatch.GetTimestamp();
            for (; observed < durable; observed++) latencies[observed] = Stopwatch.GetElapsedTime(appendedAt[observed + 1], now).TotalMilliseconds;
        }

        Assert.Equal(count, log.DurableSequence);
        Array.Sort(latencies);
        output.WriteLine($"{count} entries at {rate}/s: durable ack p50 {latencies[count / 2]:F2} ms, p99 {latencies[count * 99 / 100]:F2} ms, " +
            $"max {latencies[^1]:F2} ms, {log.FlushCount} fsynced groups");
    }
}
