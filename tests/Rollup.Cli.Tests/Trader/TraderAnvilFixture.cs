using System.Buffers.Binary;
using System.Text.Json.Nodes;
using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.SettlementClient.Contracts.Artifacts;
using Rollup.SettlementClient.Contracts.Deployment;
using Rollup.SettlementClient.Contracts.Events;
using Rollup.SettlementClient.Contracts.Rollup;
using Rollup.SettlementClient.Contracts.Tokens;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Signing;
using Rollup.SettlementClient.TxManager;

namespace Rollup.Cli.Tests.Trader;

/// <summary>
/// One anvil per test class with the system deployed by <see cref="RollupDeployer"/> from anvil's
/// first dev account (devnet collateral token), its deployment.json in a scratch directory, and
/// read-only bindings for checking what the CLI did.
/// </summary>
public sealed class TraderAnvilFixture : IAsyncLifetime
{
    public const ulong ChainId = 31337;

    private readonly TempDirectory _scratch = new();
    private AnvilProcess? _node;
    private JsonRpcClient? _rpc;

    public EthClient Eth { get; private set; } = null!;
    public Uri Endpoint => _node!.Endpoint;
    public RollupDeployment Deployment { get; private set; } = null!;
    public string DeploymentFile => _scratch.File("deployment.json");
    public ArtifactStore Artifacts { get; } = new(Path.Combine(RepositoryRoot(), "contracts", "artifacts"));
    public OptionsRollupContract Rollup { get; private set; } = null!;
    public Erc20Contract Token { get; private set; } = null!;
    internal PendingWithdrawalStorage PendingWithdrawals { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _node = await AnvilProcess.StartAsync();
        _rpc = new JsonRpcClient(_node.Endpoint, new JsonRpcClientOptions { Timeout = TimeSpan.FromSeconds(20) });
        Eth = new EthClient(_rpc);
        using var journal = new FileTransactionJournal(_scratch.File("deployer-journal.jsonl"));
        var deployer = await TransactionManager.StartAsync(Eth, new EthECKey(AnvilProcess.FirstDevPrivateKey), journal,
            new TransactionManagerOptions { ChainId = ChainId, Confirmations = 1, PollInterval = TimeSpan.FromMilliseconds(50) });
        Deployment = await new RollupDeployer(Eth, deployer, Artifacts).DeployAsync(new RollupDeploymentConfig
        {
            ChainId = ChainId,
            Collateral = CollateralSource.DevnetToken,
            Verifier = new VerifierSource.FromArtifact("EchoVerifier"),
            Guardian = RoleHolder.Deployer,
            GenesisRoot = Fr.FromUInt64(12345),
            PriorityDeadlineSeconds = 3600,
            TimelockDelay = 86_400,
            AccountsDepth = 8,
        });
        File.WriteAllText(DeploymentFile, Deployment.ToJson());
        Rollup = OptionsRollupContract.Create(Artifacts, Deployment, Eth);
        Token = await Rollup.CollateralTokenAsync();
        PendingWithdrawals = new PendingWithdrawalStorage(Eth, Rollup);
        foreach (var key in DevKeys.All) key.Expose();
    }

    public Task DisposeAsync()
    {
        foreach (var key in DevKeys.All) key.Withdraw();
        _rpc?.Dispose();
        _node?.Dispose();
        _scratch.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A deployment file for the same contracts with some fields changed.</summary>
    public string DeploymentFileWith(Func<RollupDeployment, RollupDeployment> change)
    {
        var path = _scratch.File($"deployment-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, change(Deployment).ToJson());
        return path;
    }

    /// <summary>Sends a rollup call from the deployer (governance and guardian) through anvil's unlocked dev account.</summary>
    public async Task SendAsDeployerAsync(string function)
    {
        var data = Artifacts.Get(OptionsRollupContract.ArtifactName).Function(function).EncodeCall([]);
        var call = new JsonObject { ["from"] = Deployment.Deployer.ToString(), ["to"] = Deployment.Rollup.ToString(), ["data"] = "0x" + Convert.ToHexStringLower(data) };
        var hash = await Eth.Rpc.SendAsync("eth_sendTransaction", [call]);
        var receipt = await Eth.WaitForReceiptAsync(Convert.FromHexString(hash.GetString()![2..]), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(20));
        Assert.True(receipt.Succeeded, $"{function} reverted");
    }

    /// <summary>Gives an address 100 ETH for gas.</summary>
    public Task FundAsync(L1Address address) =>
        Eth.Rpc.SendAsync("anvil_setBalance", [address.ToString(), "0x56bc75e2d63100000"]);

    public string NewJournalPath() => _scratch.File($"journal-{Guid.NewGuid():N}.jsonl");

    public async Task<ulong> NonceAsync(L1Address address) => (ulong)await Eth.GetTransactionCountAsync(address, BlockTag.Pending);

    /// <summary>The PriorityRequest the contract emitted at <paramref name="index"/>, read back from the node's logs.</summary>
    public async Task<PriorityRequestEvent> PriorityRequestAsync(ulong index)
    {
        var indexTopic = new byte[32];
        BinaryPrimitives.WriteUInt64BigEndian(indexTopic.AsSpan(24), index);
        var logs = await Eth.GetLogsAsync(new LogFilter
        {
            FromBlock = Deployment.DeploymentBlock,
            ToBlock = await Eth.BlockNumberAsync(),
            Addresses = [Deployment.Rollup],
            Topics = [[RollupEventAbi.PriorityRequest.Topic0], [indexTopic]],
        });
        var decoder = new RollupEventDecoder(Deployment.Rollup);
        return Assert.IsType<PriorityRequestEvent>(decoder.Decode(Assert.Single(logs)));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Rollup.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("repository root (Rollup.sln) not found above " + AppContext.BaseDirectory);
    }
}
