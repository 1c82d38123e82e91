using System.Security.Cryptography;
using System.Text;
using Rollup.Cli.Devnet;
using Rollup.Cli.L1;
using Rollup.Core.Batches;
using Rollup.Core.Signatures;
using Rollup.Core.State;
using Rollup.SettlementClient.Contracts.Deployment;

namespace Rollup.Cli.Tests.Devnet;

/// <summary>One devnet per test class: anvil, the system deployed from C#, and the sample session committed on it.</summary>
public class DevnetFixture : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();

    internal DevnetNetwork Net { get; private set; } = null!;
    internal IReadOnlyList<Batch> Batches { get; private set; } = [];
    public string SessionLog { get; private set; } = "";
    public string Rpc => Net.Endpoint.ToString();
    public string DeploymentFile => Net.DeploymentFile;
    public string GenesisFile => Net.GenesisFile;
    public string Scratch(string name) => _dir.File(name);

    public async Task InitializeAsync()
    {
        var oracles = Enumerable.Range(0, 3).Select(i => new PrivateKey(SHA256.HashData(Encoding.UTF8.GetBytes($"test/oracle-{i}")))).ToArray();
        Net = await DevnetNetwork.StartAsync(RepositoryLayout.Root(), 0, _dir.File("devnet"), net => new GenesisConfig
        {
            AccountsDepth = 16,
            Risk = new RiskParameters { OracleQuorum = 2 },
            UnderlyingStrikeSteps = [1_000 * ScriptedOperatorSession.Usd],
            OracleKeys = [.. oracles.Select(k => (k.GetPublicKey().Point.X, k.GetPublicKey().Point.Y))],
            InsuranceAccountOwner = net.Accounts[4].Address,
            FeeAccountOwner = net.Accounts[5].Address,
        }, new VerifierSource.FromArtifact(VerifierArtifact), CancellationToken.None);
        var log = new StringWriter();
        var session = new ScriptedOperatorSession(Net, oracles, log);
        await session.RunAsync(CancellationToken.None);
        Batches = session.Batches;
        SessionLog = log.ToString();
        await AfterSessionAsync();
    }

    /// <summary>The verifier contract the devnet is deployed with.</summary>
    protected virtual string VerifierArtifact => "BatchProofVerifier";

    /// <summary>What a derived fixture does on the chain once the session is committed.</summary>
    protected virtual Task AfterSessionAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        Net?.Dispose();
        _dir.Dispose();
        return Task.CompletedTask;
    }
}
