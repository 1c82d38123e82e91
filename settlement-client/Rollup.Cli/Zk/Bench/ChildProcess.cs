using System.Diagnostics;

namespace Rollup.Cli.Zk.Bench;

/// <summary>
/// Runs a program to completion, measuring its wall time and peak resident memory (VmHWM from
/// /proc, sampled while it runs; the last sample before exit is the figure).
/// </summary>
internal sealed record ChildProcess(int ExitCode, TimeSpan Elapsed, long PeakBytes, string Output)
{
    public static ChildProcess Run(string fileName, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        var watch = Stopwatch.StartNew();
        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new CliException(ExitCodes.ExternalTool, $"could not start {fileName}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new CliException(ExitCodes.ExternalTool, $"could not start {fileName}: {e.Message}", e);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            long peak = 0;
            while (!process.WaitForExit(20))
            {
                peak = Math.Max(peak, PeakResident(process.Id));
                if (watch.Elapsed > timeout)
                {
                    process.Kill(entireProcessTree: true);
                    throw new CliException(ExitCodes.ExternalTool, $"{fileName} did not finish within {timeout.TotalMinutes:F0} minutes");
                }
            }
            watch.Stop();
            return new ChildProcess(process.ExitCode, watch.Elapsed, peak, stdout.Result + stderr.Result);
        }
    }

    private static long PeakResident(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // The process may have exited between the check and the read; the previous sample stands.
        }
        return 0;
    }
}
