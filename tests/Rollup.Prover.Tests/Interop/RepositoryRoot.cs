namespace Rollup.Prover.Tests.Interop;

/// <summary>
/// The repository checkout the tests run from (the first ancestor holding Rollup.sln) and the npm
/// packages ./test.sh installs there. A missing package is a failure with instructions, not a skip.
/// </summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    /// <summary>A file of an installed npm package, e.g. ("snarkjs", "build/cli.cjs").</summary>
    public static string NodeModuleFile(string package, string relativePath)
    {
        var file = System.IO.Path.Combine(Root.Value, "node_modules", package, relativePath);
        if (!File.Exists(file))
            throw new FileNotFoundException($"npm package {package} is not installed under {Root.Value}: run ./test.sh (it runs npm install) first", file);
        return file;
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Rollup.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("repository root (Rollup.sln) not found above " + AppContext.BaseDirectory);
    }
}
