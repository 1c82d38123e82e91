using System.Text.Json;

namespace Rollup.Tests.Shared;

/// <summary>
/// Locates the shared known-answer vectors: ROLLUP_VECTORS if set, otherwise the first
/// ancestor of the test binaries that holds shared/vectors (a clone with shared/ beside it).
/// </summary>
public static class Vectors
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Directory => Root.Value;

    public static string PathOf(string name) => System.IO.Path.Combine(Root.Value, name);

    public static JsonDocument Load(string name) => JsonDocument.Parse(File.ReadAllText(PathOf(name)));

    private static string Find()
    {
        var env = Environment.GetEnvironmentVariable("ROLLUP_VECTORS");
        if (!string.IsNullOrEmpty(env) && System.IO.Directory.Exists(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "vectors");
            if (System.IO.Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("shared/vectors not found above " + AppContext.BaseDirectory + "; set ROLLUP_VECTORS");
    }
}
