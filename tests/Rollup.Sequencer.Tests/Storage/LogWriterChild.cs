using System.Diagnostics;
using Rollup.Sequencer.Storage;

namespace Rollup.Sequencer.Tests.Storage;

/// <summary>
/// A writer in a separate process for the kill test: the test binary is started with
/// <c>dotnet exec</c> and this assembly as a startup hook (<see cref="StartupHook"/>), which
/// runs <see cref="Run"/> when <see cref="DirectoryVariable"/> is set. It appends forever and
/// prints "ACK n" each time <c>WaitDurableAsync(n)</c> completes, until the test kills it.
/// </summary>
internal static class LogWriterChild
{
    public const string DirectoryVariable = "ROLLUP_TEST_LOG_WRITER_DIR";

    public static void Run(string directory)
    {
        var db = SequencerDatabase.Open(directory);
        var log = new LiteDbOperationLog(db);
        var output = Console.Out;
        while (true)
        {
            long last = 0;
            for (int i = 0; i < 40; i++) last = log.Append(LogPayloads.For(log.LastSequence + 1));
            log.WaitDurableAsync(last).AsTask().GetAwaiter().GetResult();
            output.WriteLine($"ACK {last}");
            output.Flush();
        }
    }

    /// <summary>Starts the child writing into <paramref name="directory"/>, with its stdout redirected.</summary>
    public static Process Start(string directory)
    {
        var assembly = typeof(LogWriterChild).Assembly.Location;
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(assembly);
        start.Environment["DOTNET_STARTUP_HOOKS"] = assembly;
        start.Environment[DirectoryVariable] = directory;
        return Process.Start(start) ?? throw new InvalidOperationException("could not start the log writer child");
    }
}
