using System.Diagnostics;

namespace Rollup.Prover.Tests.Interop;

/// <summary>
/// Runs the repository's snarkjs (installed by ./test.sh through npm) as an independent
/// implementation. A missing install is a test failure with instructions, not a skip.
/// </summary>
internal static class SnarkjsCli
{
    private static readonly Lazy<string> Cli = new(Locate);

    public static (int ExitCode, string Output) Run(params string[] args)
    {
        var psi = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Cli.Value);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start node");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("snarkjs did not finish within two minutes");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Rollup.sln"))) continue;
            var cli = Path.Combine(dir.FullName, "node_modules", "snarkjs", "build", "cli.cjs");
            if (File.Exists(cli)) return cli;
            throw new FileNotFoundException($"snarkjs is not installed under {dir.FullName}: run ./test.sh (it runs npm install) first", cli);
        }
        throw new DirectoryNotFoundException("repository root (Rollup.sln) not found above " + AppContext.BaseDirectory);
    }
}
