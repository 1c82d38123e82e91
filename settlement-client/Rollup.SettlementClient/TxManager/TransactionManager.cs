using System.Collections.Concurrent;
using System.Numerics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Contracts;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Signing;

namespace Rollup.SettlementClient.TxManager;

/// <summary>
/// Sends transactions from one key: allocates nonces one at a time, prices them from eth_feeHistory,
/// journals every signed variant before broadcasting it, replaces stuck ones with higher fees and
/// returns a receipt only once it is <see cref="TransactionManagerOptions.Confirmations"/> deep on the
/// canonical chain. The key must be used by this manager alone; see docs/SETTLEMENT_CLIENT.md.
/// </summary>
public sealed partial class TransactionManager : ITransactionSender
{
    private const int NonceAttempts = 3;

    private readonly EthClient _eth;
    private readonly EthECKey _key;
    private readonly ITransactionJournal _journal;
    private readonly TransactionManagerOptions _options;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _nonceGate = new(1, 1);
    private readonly ConcurrentDictionary<ulong, PendingNonce> _pending = new();
    private ulong _nextNonce;

    private TransactionManager(EthClient eth, EthECKey key, ITransactionJournal journal, TransactionManagerOptions options, ILogger logger)
    {
        _eth = eth;
        _key = key;
        _journal = journal;
        _options = options;
        _logger = logger;
        From = key.GetAddress();
    }

    public L1Address From { get; }

    /// <summary>Nonces signed for and not yet finished, including those loaded from the journal and not resumed yet.</summary>
    public IReadOnlyCollection<ulong> UnfinishedNonces => _pending.Keys.Order().ToArray();

    /// <summary>
    /// Checks the node's chain id, loads the journal's unfinished nonces (driven by
    /// <see cref="ResumeAsync"/>) and takes the next nonce from the node's pending count, above
    /// every unfinished one.
    /// </summary>
    public static async Task<TransactionManager> StartAsync(
        EthClient eth, EthECKey key, ITransactionJournal journal, TransactionManagerOptions options, ILogger? logger = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(eth);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (!key.HasPrivateKey) throw new ArgumentException("the manager needs a private key to sign", nameof(key));
        ulong chainId = await eth.ChainIdAsync(cancellation);
        if (chainId != options.ChainId) throw new ChainIdMismatchException(options.ChainId, chainId);
        var manager = new TransactionManager(eth, key, journal, options, logger ?? NullLogger.Instance);
        await manager.LoadJournalAsync(cancellation);
        manager._nextNonce = await manager.NodeNonceAsync(cancellation);
        manager._logger.Started(manager.From.ToString(), chainId, manager._nextNonce, manager._pending.Count);
        return manager;
    }

    public async Task<TransactionReceipt> SendAsync(TransactionIntent intent, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(intent.Data, nameof(intent.Data));
        if (intent.Value < 0) throw new ArgumentOutOfRangeException(nameof(intent), intent.Value, "the value cannot be negative");
        if (intent.GasLimit is { } given && given <= 0) throw new ArgumentOutOfRangeException(nameof(intent), given, "the gas limit must be positive");
        var gasLimit = intent.GasLimit ?? await EstimateGasAsync(intent, cancellation);
        var pending = await SubmitAsync(intent.Label, intent.To, intent.Data, intent.Value, gasLimit, cancellation);
        return await DriveAsync(pending, cancellation);
    }

    /// <summary>
    /// Signs, journals and broadcasts the first variant at the next nonce. Serialised so nonces are
    /// handed out (and first broadcast) in order; a nonce the node already saw used elsewhere, or a
    /// refused transaction, gives the nonce back and resynchronises with the node.
    /// </summary>
    private async Task<PendingNonce> SubmitAsync(string? label, L1Address? to, byte[] data, BigInteger value, BigInteger gasLimit, CancellationToken cancellation)
    {
        await _nonceGate.WaitAsync(cancellation);
        try
        {
            for (int attempt = 1; ; attempt++)
            {
                var fees = await InitialFeesAsync(label, cancellation);
                var pending = new PendingNonce(_nextNonce, label, to, data, value, gasLimit);
                pending.TryClaim();
                var signed = await SignAndRecordAsync(pending, fees, cancellation);
                _pending[pending.Nonce] = pending;
                BroadcastResult result;
                try
                {
                    result = await BroadcastAsync(pending, signed, cancellation);
                }
                catch
                {
                    // Journaled and perhaps sent: the nonce stays held, for ResumeAsync to finish.
                    _nextNonce = pending.Nonce + 1;
                    pending.Release();
                    throw;
                }
                switch (result.Outcome)
                {
                    case BroadcastOutcome.Accepted:
                        break;
                    case BroadcastOutcome.Unknown:
                        pending.RebroadcastNow = true;
                        break;
                    case BroadcastOutcome.Underpriced:
                        pending.BumpNow = true;
                        break;
                    case BroadcastOutcome.NonceUsed when attempt < NonceAttempts:
                        await AbandonAsync(pending, cancellation);
                        continue;
                    case BroadcastOutcome.NonceUsed:
                        await AbandonAsync(pending, cancellation);
                        throw new TransactionManagerException(
                            $"{label ?? "transaction"}: the node reported every nonce tried as used ({NonceAttempts} attempts); is another process sending from {From}?", pending.Nonce, result.Error);
                    case BroadcastOutcome.InsufficientFunds:
                        await AbandonAsync(pending, cancellation);
                        throw new InsufficientFundsException($"{label ?? "transaction"}: {From} cannot pay value + gas: {result.Error!.Message}", pending.Nonce, result.Error);
                    default:
                        await AbandonAsync(pending, cancellation);
                        throw new TransactionRejectedException($"{label ?? "transaction"}: the node refused it: {result.Error!.Message}", pending.Nonce, result.Error!);
                }
                _nextNonce = pending.Nonce + 1;
                return pending;
            }
        }
        finally
        {
            _nonceGate.Release();
        }
    }

    /// <summary>Drops a nonce none of whose variants can land and takes the next nonce from the node again. Called under the nonce gate.</summary>
    private async Task AbandonAsync(PendingNonce pending, CancellationToken cancellation)
    {
        await _journal.AppendAsync(JournalRecord.Abandoned(pending.Nonce), CancellationToken.None);
        _pending.TryRemove(pending.Nonce, out _);
        _nextNonce = await NodeNonceAsync(cancellation);
        _logger.Abandoned(pending.Label, pending.Nonce, _nextNonce);
    }

    /// <summary>The node's pending transaction count, but never a nonce the manager still holds unfinished.</summary>
    private async Task<ulong> NodeNonceAsync(CancellationToken cancellation)
    {
        var count = await _eth.GetTransactionCountAsync(From, BlockTag.Pending, cancellation);
        ulong next = (ulong)count;
        foreach (var nonce in _pending.Keys)
            if (nonce >= next) next = nonce + 1;
        return next;
    }
}
