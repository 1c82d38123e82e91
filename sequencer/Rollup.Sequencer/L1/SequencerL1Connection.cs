using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Rollup.Sequencer.Hosting;
using Rollup.SettlementClient.Contracts.Artifacts;
using Rollup.SettlementClient.Contracts.Deployment;
using Rollup.SettlementClient.Contracts.Rollup;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.TxManager;

namespace Rollup.Sequencer.L1;

/// <summary>
/// The operator's side of L1: the rollup binding whose writes go through a journaled
/// <see cref="TransactionManager"/> for the operator key. Started before the other L1
/// components: it checks the node's chain against the deployment, loads the key, and finishes
/// transactions an earlier run journaled but did not see confirmed (so a commit interrupted by a
/// crash is neither lost nor sent twice).
/// </summary>
public sealed class SequencerL1Connection(
    EthClient eth,
    RollupDeployment deployment,
    ArtifactStore artifacts,
    OperatorKeyProvider key,
    string journalPath,
    int confirmations,
    ILoggerFactory? loggers = null) : ISequencerComponent, IDisposable
{
    /// <summary>Journal of the operator's transactions, in the data directory.</summary>
    public const string JournalFileName = "operator-transactions.jsonl";

    private readonly ILoggerFactory _loggers = loggers ?? NullLoggerFactory.Instance;
    private FileTransactionJournal? _journal;
    private OptionsRollupContract? _rollup;

    public RollupDeployment Deployment => deployment;

    /// <summary>The binding with the operator as sender; available once started.</summary>
    public OptionsRollupContract Rollup => _rollup ?? throw new InvalidOperationException("the L1 connection has not started");

    public async Task StartAsync(CancellationToken cancellation)
    {
        ulong chainId = await eth.ChainIdAsync(cancellation);
        if (chainId != deployment.ChainId)
            throw new InvalidOperationException($"the deployment is on chain {deployment.ChainId}, the L1 node answers chain {chainId}");
        var logger = _loggers.CreateLogger<SequencerL1Connection>();
        _journal = new FileTransactionJournal(journalPath);
        var sender = await TransactionManager.StartAsync(eth, key.Load(), _journal,
            new TransactionManagerOptions { ChainId = chainId, Confirmations = Math.Max(1, confirmations) },
            _loggers.CreateLogger<TransactionManager>(), cancellation);
        foreach (var receipt in await sender.ResumeAsync(cancellation))
            logger.LogInformation("Finished an operator transaction an earlier run left unfinished: {TxHash} in L1 block {L1Block}",
                Hex.Encode(receipt.TransactionHash), receipt.BlockNumber);
        _rollup = OptionsRollupContract.Create(artifacts, deployment, eth, sender);
        logger.LogInformation("Operator {Account} posts to rollup {Contract} on chain {ChainId} ({Key})", sender.From, deployment.Rollup, chainId, key);
    }

    public Task StopAsync(CancellationToken cancellation) => Task.CompletedTask;

    public void Dispose() => _journal?.Dispose();
}
