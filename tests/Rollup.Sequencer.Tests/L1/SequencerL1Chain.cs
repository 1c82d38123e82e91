using Microsoft.Extensions.Logging.Abstractions;
using Rollup.Core.Ethereum;
using Rollup.Core.State;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.L1;
using Rollup.Sequencer.Storage;
using Rollup.Sequencer.Tests.Engine;
using Rollup.Sequencer.Tests.Storage;
using Rollup.SettlementClient.Contracts.Artifacts;
using Rollup.SettlementClient.Contracts.Deployment;
using Rollup.SettlementClient.Contracts.Rollup;
using Rollup.SettlementClient.Contracts.Tokens;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Signing;
using Rollup.SettlementClient.Sync;
using Rollup.SettlementClient.TxManager;

namespace Rollup.Sequencer.Tests.L1;

/// <summary>
/// A real anvil with the rollup deployed (EchoVerifier) from a genesis the engine starts from,
/// the engine over an in-memory log on the system clock (anvil's blocks carry the same time),
/// a batch record store in a temp directory, and the L1 components wired as the host wires them.
/// </summary>
internal sealed class SequencerL1Chain : IAsyncDisposable
{
    private readonly TempDirectory _directory = new();
    private AnvilProcess _node = null!;
    private JsonRpcClient _rpc = null!;
    private FileTransactionJournal _journal = null!;
    private SequencerDatabase _database = null!;
    private ArtifactStore _artifacts = null!;

    public EthClient Eth { get; private set; } = null!;
    public OptionsRollupContract Rollup { get; private set; } = null!;
    public RollupDeployment Deployment { get; private set; } = null!;
    public GenesisConfig Genesis { get; private set; } = null!;
    public InMemoryOperationLog Log { get; private set; } = new();
    public SequencerEngine Engine { get; private set; } = null!;
    public BatchRecordStore Store { get; private set; } = null!;
    public PriorityRequestFeeder Feeder { get; private set; } = null!;
    public L1SyncComponent Sync { get; private set; } = null!;
    public ulong Confirmations { get; private set; }
    public L1Address Operator => Rollup.Sender!.From;
    public JsonRpcClient Rpc => _rpc;

    public static async Task<SequencerL1Chain> StartAsync(ulong confirmations = 0)
    {
        var chain = new SequencerL1Chain { Confirmations = confirmations };
        chain._node = await AnvilProcess.StartAsync();
        chain._rpc = new JsonRpcClient(chain._node.Endpoint);
        chain.Eth = new EthClient(chain._rpc);
        chain._journal = new FileTransactionJournal(Path.Combine(chain._directory.Path, SequencerL1Connection.JournalFileName));
        var sender = await TransactionManager.StartAsync(chain.Eth, new EthECKey(AnvilProcess.FirstDevPrivateKey), chain._journal,
            new TransactionManagerOptions { ChainId = 31337, Confirmations = 1, PollInterval = TimeSpan.FromMilliseconds(20) });
        chain.Genesis = new GenesisConfig
        {
            ChainId = 31337,
            AccountsDepth = 8,
            FillsDepth = 6,
            UnderlyingStrikeSteps = [1_000_000_000],
            FeeAccountOwner = EngineHarness.AddressOf("fees"),
            InsuranceAccountOwner = EngineHarness.AddressOf("insurance"),
        };
        var artifacts = ArtifactStore.ForRepository(RepositoryRoot());
        chain._artifacts = artifacts;
        chain.Deployment = await new RollupDeployer(chain.Eth, sender, artifacts).DeployAsync(new RollupDeploymentConfig
        {
            ChainId = 31337,
            Collateral = CollateralSource.DevnetToken,
            Verifier = new VerifierSource.FromArtifact("EchoVerifier"),
            GenesisRoot = new RollupState(chain.Genesis).Root,
            PriorityDeadlineSeconds = 30 * 86_400,
            TimelockDelay = 60,
            AccountsDepth = chain.Genesis.AccountsDepth,
        });
        chain.Rollup = OptionsRollupContract.Create(artifacts, chain.Deployment, chain.Eth, sender);
        chain._database = SequencerDatabase.Open(chain._directory.Path);
        chain.Store = new BatchRecordStore(chain._database);
        await chain.StartEngineAsync();
        chain.NewFeeder();
        return chain;
    }

    /// <summary>Stops the engine and starts a new one that replays the same log (a sequencer restart).</summary>
    public async Task RestartEngineAsync()
    {
        await Engine.DisposeAsync();
        Log = new InMemoryOperationLog(Log.Entries);
        await StartEngineAsync();
    }

    /// <summary>A new feeder, view and synchronizer from the deployment block, as after a restart.</summary>
    public void NewFeeder()
    {
        Feeder = new PriorityRequestFeeder(Engine, new L1RollupView());
        Sync = new L1SyncComponent(Eth, new L1SyncOptions
        {
            Contract = Deployment.Rollup,
            StartBlock = Deployment.DeploymentBlock,
            Confirmations = Confirmations,
            PollInterval = TimeSpan.FromMilliseconds(50),
        }, Feeder);
    }

    public BatchPosterComponent NewPoster() => new(Engine, () => Rollup, Sync, Store, TimeSpan.FromMilliseconds(50));

    public Task<ulong> PriorityCursorAsync() => Engine.ReadAsync(v => v.State.PriorityCursor);

    public async Task MintAndDepositAsync(L1Address to, ulong amount)
    {
        var token = new Erc20Contract(_artifacts.Get(Erc20Contract.DevnetTokenArtifact), Deployment.Collateral, Eth, Rollup.Sender);
        await token.MintAsync(Operator, amount);
        await Rollup.DepositAsync(to, amount);
    }

    public async Task MineAsync(int blocks)
    {
        for (int i = 0; i < blocks; i++) await _rpc.SendAsync("evm_mine");
    }

    public async Task ProveAsync(ulong batch)
    {
        var commitment = (await Rollup.BatchAsync(batch)).Commitment;
        await Rollup.ProveBatchAsync(batch, new Groth16Proof([commitment.ToBigInteger(), 0], [[0, 0], [0, 0]], [0, 0]));
    }

    public async ValueTask DisposeAsync()
    {
        if (Engine is not null) await Engine.DisposeAsync();
        _database?.Dispose();
        _journal?.Dispose();
        _rpc?.Dispose();
        _node?.Dispose();
        _directory.Dispose();
    }

    private async Task StartEngineAsync()
    {
        Engine = new SequencerEngine(Genesis, Log, SystemSequencerClock.Instance, new EngineOptions { BatchSlots = 8 }, NullLogger<SequencerEngine>.Instance);
        await Engine.StartAsync();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Rollup.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Rollup.sln not found");
    }
}
