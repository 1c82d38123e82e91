namespace Rollup.Core.Tests.ContractFixtures;

/// <summary>
/// Data files under contracts/test/fixtures that the Hardhat tests read and C# tests produce:
/// each test compares the committed file with what Rollup.Core computes now, or rewrites it when
/// <see cref="RegenerateVariable"/> is 1.
/// </summary>
internal static class ContractFixture
{
    public const string RegenerateVariable = "ROLLUP_REGENERATE_CONTRACTS";

    public static void AssertCommitted(string fileName, string expected, string producer)
    {
        var path = Path.Combine(RepositoryRoot(), "contracts", "test", "fixtures", fileName);
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1") File.WriteAllText(path, expected);
        Assert.True(File.Exists(path), $"{path} is missing; run the tests with {RegenerateVariable}=1");
        Assert.True(expected == File.ReadAllText(path), $"{path} differs from {producer}'s output; run the tests with {RegenerateVariable}=1");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Rollup.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Rollup.sln not found above " + AppContext.BaseDirectory);
    }
}
