using Rollup.Core.Batches;
using Rollup.Core.Execution;
using Rollup.Core.Operations;
using Rollup.Core.State;
using Rollup.Sequencer.L1;
using Rollup.SettlementClient.Contracts.Artifacts;
using Rollup.SettlementClient.Contracts.Deployment;
using Rollup.SettlementClient.Contracts.Rollup;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Signing;
using Rollup.SettlementClient.TxManager;

namespace Rollup.Sequencer.Tests.L1;

/// <summary>
/// A real anvil with the system deployed through a journaled TransactionManager, and batches
/// sealed by Rollup.Core from listings (operator operations that need no L1 request), exposed
/// to the poster as the engine would.
/// </summary>
internal sealed class PosterChain : ISealedBatchSource, IAsyncDisposable
{
    private readonly List<Batch> _sealed = new();
    private readonly TempJournal _journal = new();
    private AnvilProcess _node = null!;
    private JsonRpcClient _rpc = null!;
    private FileTransactionJournal _txJournal = null!;
    private ushort _strikeSteps = 100;

    public EthClient Eth { get; private set; } = null!;
    public OptionsRollupContract Rollup { get; private set; } = null!;
    public StateTransition Transition { get; private set; } = null!;

    public static async Task<PosterChain> StartAsync()
    {
        var chain = new PosterChain();
        chain._node = await AnvilProcess.StartAsync();
        chain._rpc = new JsonRpcClient(chain._node.Endpoint);
        chain.Eth = new EthClient(chain._rpc);
        chain._txJournal = new FileTransactionJournal(chain._journal.Path);
        var sender = await TransactionManager.StartAsync(chain.Eth, new EthECKey(AnvilProcess.FirstDevPrivateKey), chain._txJournal,
            new TransactionManagerOptions { ChainId = 31337, Confirmations = 1, PollInterval = TimeSpan.FromMilliseconds(20) });
        var config = new GenesisConfig { ChainId = 31337, AccountsDepth = 8, UnderlyingStrikeSteps = [1_000_000_000] };
        chain.Transition = new StateTransition(new RollupState(config));
        var artifacts = ArtifactStore.ForRepository(RepositoryRoot());
        var deployment = await new RollupDeployer(chain.Eth, sender, artifacts).DeployAsync(new RollupDeploymentConfig
        {
            ChainId = 31337,
            Collateral = CollateralSource.DevnetToken,
            Verifier = new VerifierSource.FromArtifact("EchoVerifier"),
            GenesisRoot = chain.Transition.State.Root,
            PriorityDeadlineSeconds = 3_600,
            TimelockDelay = 60,
            AccountsDepth = config.AccountsDepth,
        });
        chain.Rollup = OptionsRollupContract.Create(artifacts, deployment, chain.Eth, sender);
        return chain;
    }

    public JsonRpcClient Rpc => _rpc;

    /// <summary>Seals the next batch: one new listing, so every batch moves the root.</summary>
    public Batch Seal(ulong timestamp)
    {
        var builder = new BatchBuilder(Transition, (ulong)_sealed.Count + 1, timestamp, slots: 4);
        var day = (ushort)(timestamp / 86_400 + 7);
        var result = builder.Add(new ListSeriesOperation(0, _strikeSteps++ * 1_000_000_000UL, day, OptionKind.Call));
        if (!result.Accepted) throw new InvalidOperationException($"listing refused: {result.Reason} {result.Detail}");
        var batch = builder.Seal();
        _sealed.Add(batch);
        return batch;
    }

    public IReadOnlyList<Batch> SealedAfter(ulong batchNumber) =>
        batchNumber >= (ulong)_sealed.Count ? [] : _sealed.GetRange((int)batchNumber, _sealed.Count - (int)batchNumber);

    public async Task<ulong> NowAsync() => (await Eth.GetBlockByNumberAsync(BlockTag.Latest))!.Timestamp;

    public ValueTask DisposeAsync()
    {
        _txJournal?.Dispose();
        _rpc?.Dispose();
        _node?.Dispose();
        _journal.Dispose();
        return ValueTask.CompletedTask;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Rollup.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Rollup.sln not found");
    }

    private sealed class TempJournal : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"poster-{Guid.NewGuid():N}.jsonl");

        public void Dispose()
        {
            foreach (var f in new[] { Path, Path + ".lock" })
                if (File.Exists(f)) File.Delete(f);
        }
    }
}
