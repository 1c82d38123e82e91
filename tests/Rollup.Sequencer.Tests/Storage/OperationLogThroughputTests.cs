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
}
