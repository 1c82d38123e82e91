using Rollup.Cli.L1;
using Rollup.Core.Fields;
using Rollup.Core.State;
using Rollup.SettlementClient.Contracts.Artifacts;
using Rollup.SettlementClient.Contracts.Deployment;
using Rollup.SettlementClient.Contracts.Rollup;
using Rollup.SettlementClient.Contracts.Tokens;
using Rollup.SettlementClient.Devnet;
using Rollup.SettlementClient.Genesis;
using Rollup.SettlementClient.Keys;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Signing;
using Rollup.SettlementClient.TxManager;

namespace Rollup.Cli.Devnet;

/// <summary>
/// A running devnet: anvil on loopback, the whole settlement system deployed by the C# deployer
/// from account 0 (deployer, sequencer, governance), the genesis the contract was deployed with,
/// and one journaled sender per named account. deployment.json and genesis.json are written to the
/// output directory so every other command (and an independent `rollup verify`) can use them.
/// </summary>
internal sealed class DevnetNetwork : IDisposable
{
    // Devnet only: short deadlines so exodus and timelocks can be exercised in minutes.
    private const ulong PriorityDeadlineSeconds = 600;
    private const ulong TimelockDelaySeconds = 60;
    private readonly AnvilNode _node;
    private readonly JsonRpcClient _rpc;
    private readonly List<FileTransactionJournal> _journals = new();

    private DevnetNetwork(AnvilNode node, JsonRpcClient rpc, string outputDirectory)
    {
        _node = node;
        _rpc = rpc;
        Eth = new EthClient(rpc);
        OutputDirectory = outputDirectory;
    }

    public Uri Endpoint => _node.Endpoint;
    public EthClient Eth { get; }
    public JsonRpcClient Rpc => _rpc;
    public string OutputDirectory { get; }
    public IReadOnlyList<DevAccount> Accounts => _node.Accounts;
    public RollupDeployment Deployment { get; private set; } = null!;
    public GenesisConfig Genesis { get; private set; } = null!;
    public ArtifactStore Artifacts { get; private set; } = null!;
    public DevnetActor Operator { get; private set; } = null!;
    public string DeploymentFile => Path.Combine(OutputDirectory, "deployment.json");
    public string GenesisFile => Path.Combine(OutputDirectory, "genesis.json");

    public static async Task<DevnetNetwork> StartAsync(string root, int port, string outputDirectory, Func<DevnetNetwork, GenesisConfig> genesis,
        VerifierSource verifier, CancellationToken cancellation)
    {
        Directory.CreateDirectory(outputDirectory);
        // Each devnet is a fresh chain: journals and a sequencer log of an earlier one name transactions and state it never saw.
        foreach (var stale in new[] { "journals", "sequencer" })
        {
            var path = Path.Combine(outputDirectory, stale);
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
        Directory.CreateDirectory(Path.Combine(outputDirectory, "journals"));
        var node = await AnvilNode.StartAsync(new AnvilNodeOptions { InstallRoot = root, Port = port }, cancellation);
        var network = new DevnetNetwork(node, new JsonRpcClient(node.Endpoint, new JsonRpcClientOptions { Timeout = TimeSpan.FromSeconds(20) }), outputDirectory);
        try
        {
            network.Artifacts = new ArtifactStore(RepositoryLayout.Artifacts(null));
            await network.DeployAsync(genesis, verifier, cancellation);
            return network;
        }
        catch
        {
            network.Dispose();
            throw;
        }
    }

    /// <summary>An actor for dev account <paramref name="index"/>, sending through its own journal.</summary>
    public async Task<DevnetActor> ActorAsync(string name, int index, CancellationToken cancellation)
    {
        var key = new EthECKey(Accounts[index].PrivateKeyHex);
        var journal = new FileTransactionJournal(Path.Combine(OutputDirectory, "journals", $"{name}.jsonl"));
        _journals.Add(journal);
        var sender = await TransactionManager.StartAsync(Eth, key, journal, new TransactionManagerOptions
        {
            ChainId = _node.ChainId,
            Confirmations = 1,
            PollInterval = TimeSpan.FromMilliseconds(20),
        }, cancellation: cancellation);
        var rollup = Deployment is null ? null! : OptionsRollupContract.Create(Artifacts, Deployment, Eth, sender);
        return new DevnetActor(name, key, L2KeyFromEthereum.Derive(key), sender, rollup);
    }

    public Erc20Contract Token(DevnetActor actor) =>
        new(Artifacts.Get(Erc20Contract.DevnetTokenArtifact), Deployment.Collateral, Eth, actor.Sender);

    /// <summary>Moves the node's clock forward and mines a block at the new time.</summary>
    public async Task AdvanceTimeAsync(ulong seconds, CancellationToken cancellation)
    {
        await _rpc.SendAsync("evm_increaseTime", [seconds], cancellation);
        await _rpc.SendAsync("evm_mine", cancellation);
    }

    public async Task<ulong> LatestTimestampAsync(CancellationToken cancellation) =>
        (await Eth.GetBlockByNumberAsync(BlockTag.Latest, cancellation))!.Timestamp;

    public void Dispose()
    {
        foreach (var j in _journals) j.Dispose();
        _rpc.Dispose();
        _node.Dispose();
    }

    private async Task DeployAsync(Func<DevnetNetwork, GenesisConfig> genesisOf, VerifierSource verifier, CancellationToken cancellation)
    {
        Operator = await ActorAsync("operator", 0, cancellation);
        // The genesis root does not depend on the contract address (only the signature domain does),
        // so it is computed before deployment and the address filled in after.
        var draft = genesisOf(this);
        var deployer = new RollupDeployer(Eth, Operator.Sender, Artifacts);
        Deployment = await deployer.DeployAsync(new RollupDeploymentConfig
        {
            ChainId = _node.ChainId,
            Collateral = CollateralSource.DevnetToken,
            Verifier = verifier,
            Guardian = RoleHolder.Deployer,
            GenesisRoot = new RollupState(draft).Root,
            PriorityDeadlineSeconds = PriorityDeadlineSeconds,
            TimelockDelay = TimelockDelaySeconds,
            AccountsDepth = draft.AccountsDepth,
        }, cancellation);
        Genesis = draft with { VerifyingContract = Deployment.Rollup, ChainId = _node.ChainId };
        Operator = Operator with { Rollup = OptionsRollupContract.Create(Artifacts, Deployment, Eth, Operator.Sender) };
        await File.WriteAllTextAsync(DeploymentFile, Deployment.ToJson(), cancellation);
        await File.WriteAllTextAsync(GenesisFile, GenesisConfigJson.Write(Genesis), cancellation);
    }
}
