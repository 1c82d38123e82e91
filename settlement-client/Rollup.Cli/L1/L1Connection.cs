using System.CommandLine;
using Rollup.Cli.Keys;
using Rollup.SettlementClient.Addresses;
using Rollup.SettlementClient.Contracts.Artifacts;
using Rollup.SettlementClient.Contracts.Deployment;
using Rollup.SettlementClient.Contracts.Reverts;
using Rollup.SettlementClient.Contracts.Rollup;
using Rollup.SettlementClient.Keys;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Signing;
using Rollup.SettlementClient.TxManager;

namespace Rollup.Cli.L1;

/// <summary>
/// One command's connection to L1: the node, the rollup binding and, for commands that send, a
/// transaction manager over the sender's key with its journal (so a command interrupted after
/// sending finishes that transaction on its next run instead of sending another).
/// </summary>
internal sealed class L1Connection : IDisposable
{
    private readonly JsonRpcClient _rpc;
    private readonly FileTransactionJournal? _journal;

    private L1Connection(JsonRpcClient rpc, EthClient eth, ulong chainId, OptionsRollupContract rollup, RollupDeployment? deployment,
        ArtifactStore artifacts, TransactionManager? sender, FileTransactionJournal? journal, EthECKey? key)
    {
        _rpc = rpc;
        Eth = eth;
        ChainId = chainId;
        Rollup = rollup;
        Deployment = deployment;
        Artifacts = artifacts;
        Sender = sender;
        _journal = journal;
        Key = key;
    }

    public EthClient Eth { get; }

    public ulong ChainId { get; }

    public OptionsRollupContract Rollup { get; }

    public RollupDeployment? Deployment { get; }

    public ArtifactStore Artifacts { get; }

    public TransactionManager? Sender { get; }

    public EthECKey? Key { get; }

    public static async Task<L1Connection> OpenAsync(CliContext context, L1Options options, ParseResult parse, bool send, CancellationToken cancellation)
    {
        var (address, deployment) = options.Target(parse);
        var artifacts = new ArtifactStore(RepositoryLayout.Artifacts(parse.GetValue(options.Artifacts)));
        var key = send ? LoadKey(context, options, parse) : null;
        var rpc = new JsonRpcClient(options.RpcUrl(parse), new JsonRpcClientOptions { Timeout = options.Timeout(parse) });
        try
        {
            var eth = new EthClient(rpc);
            ulong chainId = await eth.ChainIdAsync(cancellation);
            if (deployment is not null && deployment.ChainId != chainId)
                throw new CliException(ExitCodes.Refused, $"the deployment is on chain {deployment.ChainId}, the node at {options.RpcUrl(parse)} is chain {chainId}");
            // Calls to an address without code answer empty data, which would only fail later as "does not decode".
            if (!await ContractCode.ExistsAsync(eth, address, cancellation))
                throw new CliException(ExitCodes.Refused, $"there is no contract at {AddressChecksum.ToChecksumAddress(address)} on chain {chainId}: is the deployment or --contract for this node?");
            await EnsureRollupAsync(OptionsRollupContract.Create(artifacts, address, eth), chainId, cancellation);
            TransactionManager? sender = null;
            FileTransactionJournal? journal = null;
            if (key is not null)
            {
                var confirmations = parse.GetValue(options.Confirmations);
                if (confirmations < 1) throw new CliException(ExitCodes.Usage, "--confirmations must be at least 1");
                journal = new FileTransactionJournal(parse.GetValue(options.Journal) ?? DefaultJournal(key, chainId));
                try
                {
                    sender = await TransactionManager.StartAsync(eth, key, journal,
                        new TransactionManagerOptions { ChainId = chainId, Confirmations = confirmations, PollInterval = TimeSpan.FromMilliseconds(250) },
                        cancellation: cancellation);
                    // Transactions an earlier run journaled but did not see through are finished first.
                    var resumed = await sender.ResumeAsync(cancellation);
                    foreach (var receipt in resumed)
                        context.Error.WriteLine($"finished a transaction an earlier run left unfinished: {Hex.Encode(receipt.TransactionHash)} in block {receipt.BlockNumber}");
                }
                catch
                {
                    // The journal holds a lock on its file; a failed start must not keep it.
                    journal.Dispose();
                    throw;
                }
            }
            var rollup = deployment is not null
                ? OptionsRollupContract.Create(artifacts, deployment, eth, sender)
                : OptionsRollupContract.Create(artifacts, address, eth, sender);
            return new L1Connection(rpc, eth, chainId, rollup, deployment, artifacts, sender, journal, key);
        }
        catch
        {
            rpc.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _journal?.Dispose();
        _rpc.Dispose();
    }

    /// <summary>A contract that does not answer OptionsRollup's views is refused before anything is sent to it.</summary>
    private static async Task EnsureRollupAsync(OptionsRollupContract rollup, ulong chainId, CancellationToken cancellation)
    {
        try
        {
            await rollup.AccountsDepthAsync(cancellation);
        }
        catch (Exception e) when (e is ContractRevertException || e is RpcException { Kind: RpcErrorKind.Fatal, Revert: null })
        {
            throw new CliException(ExitCodes.Refused, $"the contract at {AddressChecksum.ToChecksumAddress(rollup.Address)} on chain {chainId} is not an OptionsRollup: {e.Message}", e);
        }
    }

    private static EthECKey LoadKey(CliContext context, L1Options options, ParseResult parse)
    {
        var values = options.Keys.Read(parse);
        var env = parse.GetValue(options.PrivateKeyEnv);
        if ((values.Keystore is null) == (env is null)) throw new CliException(ExitCodes.Usage, "give either --keystore or --private-key-env");
        var source = env is not null
            ? KeySource.FromEnvironment(env)
            : KeySource.FromKeystore(values.Keystore!, options.Keys.Password(values, context, confirm: false));
        return KeyErrors.Map(source.Load);
    }

    private static string DefaultJournal(EthECKey key, ulong chainId)
    {
        var dir = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".rollup");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, $"journal-{chainId}-{key.GetAddress()}.jsonl");
    }
}
