using Rollup.SettlementClient.Devnet;

namespace Rollup.Tests.Shared;

/// <summary>
/// A local anvil EVM node for tests: the product launcher (<see cref="AnvilNode"/>) on a free
/// loopback port, from the repository's npm install, killed on dispose. A missing binary or a
/// node that does not answer is an exception, so the tests using it fail rather than skip.
/// Anvil's default dev accounts (mnemonic "test test ... junk") are funded.
/// </summary>
public sealed class AnvilProcess : IDisposable
{
    /// <summary>Private key of anvil's first default account (0xf39F...2266), public knowledge.</summary>
    public const string FirstDevPrivateKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    private readonly AnvilNode _node;

    private AnvilProcess(AnvilNode node) => _node = node;

    public Uri Endpoint => _node.Endpoint;

    public static async Task<AnvilProcess> StartAsync(params string[] extraArguments) =>
        new(await AnvilNode.StartAsync(new AnvilNodeOptions { InstallRoot = RepositoryRoot(), ExtraArguments = extraArguments }));

    public void Dispose() => _node.Dispose();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Rollup.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("repository root (Rollup.sln) not found above " + AppContext.BaseDirectory);
    }
}
