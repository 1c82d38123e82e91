namespace Rollup.Cli.Zk.Bench;

/// <summary>Finds the programs the benchmark runs: this CLI (to time it as a process) and the repository's snarkjs.</summary>
internal static class ToolLocator
{
    /// <summary>The dotnet host and the CLI's own assembly, so a proof can be timed as `dotnet rollup.dll zk prove …`.</summary>
    public static (string Host, string Assembly) Self()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (string.IsNullOrEmpty(host) || !File.Exists(host)) host = "dotnet";
        return (host, typeof(RollupCli).Assembly.Location);
    }

    /// <summary>node_modules/snarkjs/build/cli.cjs in the first ancestor holding Rollup.sln, or the path given.</summary>
    public static string Snarkjs(string? given)
    {
        if (!string.IsNullOrEmpty(given))
            return File.Exists(given) ? given : throw new CliException(ExitCodes.ExternalTool, $"{given}: snarkjs cli not found");
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (!File.Exists(Path.Combine(dir.FullName, "Rollup.sln"))) continue;
                var cli = Path.Combine(dir.FullName, "node_modules", "snarkjs", "build", "cli.cjs");
                if (File.Exists(cli)) return cli;
                throw new CliException(ExitCodes.ExternalTool, $"snarkjs is not installed under {dir.FullName}: run `npm install` there (./test.sh does), or pass --snarkjs");
            }
        throw new CliException(ExitCodes.ExternalTool, "snarkjs not found: run the benchmark from the repository, or pass --snarkjs path/to/snarkjs/build/cli.cjs");
    }
}
