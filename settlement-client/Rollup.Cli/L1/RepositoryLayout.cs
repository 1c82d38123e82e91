namespace Rollup.Cli.L1;

/// <summary>
/// Where the CLI finds what `npm install` and `hardhat build` put in the repository: the anvil
/// binary under node_modules and the contract artifacts. ROLLUP_HOME overrides the search.
/// </summary>
internal static class RepositoryLayout
{
    public const string HomeVariable = "ROLLUP_HOME";

    public static string Root()
    {
        var home = Environment.GetEnvironmentVariable(HomeVariable);
        if (!string.IsNullOrEmpty(home))
            return Directory.Exists(home) ? Path.GetFullPath(home) : throw new CliException(ExitCodes.BadInput, $"{HomeVariable}={home} is not a directory");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Rollup.sln"))) return dir.FullName;
        throw new CliException(ExitCodes.ExternalTool, $"the repository (Rollup.sln) is not above {AppContext.BaseDirectory}; set {HomeVariable}");
    }

    public static string Artifacts(string? given) => given ?? Path.Combine(Root(), "contracts", "artifacts");
}
