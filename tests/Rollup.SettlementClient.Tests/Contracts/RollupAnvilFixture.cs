using System.Text.Json.Nodes;
using Rollup.Core.Fields;
using Rollup.SettlementClient.Contracts.Artifacts;
using Rollup.SettlementClient.Contracts.Deployment;
using Rollup.SettlementClient.Contracts.Rollup;
using Rollup.SettlementClient.Contracts.Tokens;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Signing;

namespace Rollup.SettlementClient.Tests.Contracts;

/// <summary>
/// One anvil per test class, the repository's Hardhat artifacts, and senders for anvil's first
/// two dev accounts: the operator (deployer, sequencer, governance) and a user.
/// </summary>
public sealed class RollupAnvilFixture : IAsyncLifetime
{
    /// <summary>Anvil's second default account (0x7099...79C8), public knowledge.</summary>
    public const string UserPrivateKey = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

    private AnvilProcess? _node;
    private JsonRpcClient? _rpc;

    public EthClient Eth { get; private set; } = null!;
    public Uri Endpoint => _node!.Endpoint;
    public ArtifactStore Artifacts { get; } = ArtifactStore.ForRepository(RepositoryFiles.Root);
    internal DevKeySender Operator { get; private set; } = null!;
    internal DevKeySender User { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _node = await AnvilProcess.StartAsync();
        _rpc = new JsonRpcClient(_node.Endpoint, new JsonRpcClientOptions { Timeout = TimeSpan.FromSeconds(20) });
        Eth = new EthClient(_rpc);
        Operator = new DevKeySender(Eth, new EthECKey(AnvilProcess.FirstDevPrivateKey));
        User = new DevKeySender(Eth, new EthECKey(UserPrivateKey));
    }

    public Task DisposeAsync()
    {
        Operator?.Dispose();
        User?.Dispose();
        _rpc?.Dispose();
        _node?.Dispose();
        return Task.CompletedTask;
    }

    internal static RollupDeploymentConfig Config(VerifierSource verifier, Fr genesisRoot, ulong priorityDeadlineSeconds = 3600, int accountsDepth = 8) => new()
    {
        ChainId = 31337,
        Collateral = CollateralSource.DevnetToken,
        Verifier = verifier,
        Guardian = RoleHolder.Deployer,
        GenesisRoot = genesisRoot,
        PriorityDeadlineSeconds = priorityDeadlineSeconds,
        TimelockDelay = 86_400,
        AccountsDepth = accountsDepth,
    };

    internal Task<RollupDeployment> DeployAsync(RollupDeploymentConfig config) =>
        new RollupDeployer(Eth, Operator, Artifacts).DeployAsync(config);

    internal OptionsRollupContract Rollup(RollupDeployment deployment, DevKeySender sender) =>
        OptionsRollupContract.Create(Artifacts, deployment, Eth, sender);

    internal Erc20Contract DevnetToken(RollupDeployment deployment, DevKeySender sender) =>
        new(Artifacts.Get(Erc20Contract.DevnetTokenArtifact), deployment.Collateral, Eth, sender);

    /// <summary>Moves anvil's clock forward and mines a block at the new time.</summary>
    public async Task AdvanceTimeAsync(ulong seconds)
    {
        await Eth.Rpc.SendAsync("evm_increaseTime", [JsonValue.Create(seconds)]);
        await Eth.Rpc.SendAsync("evm_mine");
    }

}
