using System.Globalization;
using Rollup.Sequencer.Storage;

namespace Rollup.Sequencer.Tests.Storage;

public class OperationLogKillTests
{
    [Fact]
    public async Task Every_acknowledged_entry_survives_a_kill_of_the_writing_process()
    {
        using var dir = new TempDirectory();
        long acknowledged = 0;
        using (var child = LogWriterChild.Start(dir.Path))
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                while (acknowledged < 2000)
                {
                    var line = await child.StandardOutput.ReadLineAsync(timeout.Token)
                        ?? throw new InvalidOperationException("the writer exited: " + await child.StandardError.ReadToEndAsync(timeout.Token));
                    if (line.StartsWith("ACK ", StringComparison.Ordinal)) acknowledged = long.Parse(line.AsSpan(4), CultureInfo.InvariantCulture);
                }
            }
            finally
            {
                // SIGKILL: no Dispose, no LiteDB checkpoint, appends still in flight.
                child.Kill(entireProcessTree: true);
                await child.WaitForExitAsync();
            }
        }

        using var db = SequencerDatabase.Open(dir.Path);
        using var log = new LiteDbOperationLog(db);
        Assert.True(log.LastSequence >= acknowledged, $"acknowledged {acknowledged}, recovered {log.LastSequence}");
        long expected = 1;
        foreach (var entry in log.Read(0))
        {
            Assert.Equal(expected, entry.Sequence);
            Assert.Equal(LogPayloads.For(expected), entry.Payload);
            expected++;
        }
        Assert.Equal(log.LastSequence + 1, expected);
        Assert.Equal(log.LastSequence + 1, log.Append([1]));
    }
}
