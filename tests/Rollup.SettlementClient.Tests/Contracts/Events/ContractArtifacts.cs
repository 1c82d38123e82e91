using System.Text.Json;

namespace Rollup.SettlementClient.Tests.Contracts.Events;

/// <summary>The repository root and the Hardhat artifacts under contracts/artifacts (built by ./test.sh or `npx hardhat build`).</summary>
internal static class ContractArtifacts
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The "abi" array of a compiled contract.</summary>
    public static JsonElement Abi(string sourceFile, string contract)
    {
        var path = Path.Combine(RepositoryRoot, "contracts", "artifacts", "contracts", "src", sourceFile, contract + ".json");
        if (!File.Exists(path)) throw new FileNotFoundException($"no artifact {path}: run `npx hardhat build` (./test.sh does) first", path);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("abi").Clone();
    }

    /// <summary>The canonical ABI type of an artifact parameter: tuples spelled out from their components.</summary>
    public static string CanonicalType(JsonElement parameter)
    {
        var type = parameter.GetProperty("type").GetString()!;
        if (!type.StartsWith("tuple", StringComparison.Ordinal)) return type;
        var components = parameter.GetProperty("components").EnumerateArray().Select(CanonicalType);
        return "(" + string.Join(",", components) + ")" + type["tuple".Length..];
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Rollup.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("repository root (Rollup.sln) not found above " + AppContext.BaseDirectory);
    }
}
