using System.Diagnostics;

namespace Rollup.Cli.Tests;

/// <summary>The `./rollup` script at the repository root reaches the same CLI and passes its exit code through.</summary>
public sealed class ScriptTests
{
    [Fact]
    public void Root_script_passes_the_verdict_through_as_exit_code()
    {
        string g16 = Vectors.PathOf("groth16");
        var (valid, output) = RunScript("zk", "verify", Path.Combine(g16, "vk.json"), Path.Combine(g16, "public.json"), Path.Combine(g16, "proof.json"));
        Assert.Equal(0, valid);
        Assert.Contains("valid", output);
        var (invalid, _) = RunScript("zk", "verify", Path.Combine(g16, "vk.json"), Path.Combine(g16, "proof.json"), Path.Combine(g16, "proof.json"));
        Assert.Equal(3, invalid);
    }

    private static (int ExitCode, string Output) RunScript(params string[] args)
    {
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(RepositoryRoot(), "rollup"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start bash");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("./rollup did not finish within three minutes");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Rollup.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("repository root (Rollup.sln) not found above " + AppContext.BaseDirectory);
    }
}
