using System.Diagnostics;

namespace Rollup.Prover.Tests.Interop;

/// <summary>Runs a Node.js script to completion with a bounded wait.</summary>
internal static class NodeCli
{
    public static (int ExitCode, string Output, string Error) Run(string script, params string[] args)
    {
        var psi = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(script);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start node");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {Path.GetFileName(script)} did not finish within two minutes");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
