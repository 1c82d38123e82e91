using System.Diagnostics;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Transactions;

namespace Rollup.SettlementClient.TxManager;

public sealed partial class TransactionManager
{
    /// <summary>Signs a variant of the nonce and makes it durable in the journal; only then may it be broadcast.</summary>
    private async Task<SignedTransaction1559> SignAndRecordAsync(PendingNonce pending, FeeSuggestion fees, CancellationToken cancellation)
    {
        var transaction = new Transaction1559
        {
            ChainId = _options.ChainId,
            Nonce = pending.Nonce,
            MaxPriorityFeePerGas = fees.MaxPriorityFeePerGas,
            MaxFeePerGas = fees.MaxFeePerGas,
            GasLimit = pending.GasLimit,
            To = pending.To,
            Value = pending.Value,
            Data = pending.Data,
        };
        var signed = transaction.Sign(_key);
        await _journal.AppendAsync(JournalRecord.Signed(pending.Nonce, pending.Label, signed.GetRawTransaction()), cancellation);
        pending.Variants.Add(signed);
        _logger.Signed(pending.Label, pending.Nonce, Hex.Encode(signed.GetHash()), pending.Variants.Count, fees.MaxFeePerGas, fees.MaxPriorityFeePerGas);
        return signed;
    }

    /// <summary>eth_sendRawTransaction, with the pool's refusals turned into what the manager does next.</summary>
    private async Task<BroadcastResult> BroadcastAsync(PendingNonce pending, SignedTransaction1559 signed, CancellationToken cancellation)
    {
        pending.LastBroadcastTimestamp = Stopwatch.GetTimestamp();
        var hash = Hex.Encode(signed.GetHash());
        try
        {
            await _eth.SendRawTransactionAsync(signed.GetRawTransaction(), cancellation);
            _logger.Broadcast(pending.Label, pending.Nonce, hash);
            return new BroadcastResult(BroadcastOutcome.Accepted);
        }
        catch (RpcException e) when (e.Kind != RpcErrorKind.Fatal)
        {
            // Timeouts and lost connections say nothing about whether the node took it.
            _logger.BroadcastUncertain(pending.Label, pending.Nonce, hash, e.Message);
            return new BroadcastResult(BroadcastOutcome.Unknown, e);
        }
        catch (RpcException e)
        {
            var refusal = SendRefusals.Of(e);
            _logger.BroadcastRefused(pending.Label, pending.Nonce, hash, refusal.ToString(), e.Message);
            switch (refusal)
            {
                case SendRefusal.AlreadyKnown:
                    return new BroadcastResult(BroadcastOutcome.Accepted);
                case SendRefusal.Underpriced:
                    return new BroadcastResult(BroadcastOutcome.Underpriced, e);
                case SendRefusal.NonceTooLow:
                    // An earlier variant (or this one, sent by a retried call) may be what used the nonce.
                    for (int look = 0; look < 2; look++)
                    {
                        if (await FindReceiptAsync(pending, cancellation) is not null) return new BroadcastResult(BroadcastOutcome.Accepted);
                        await Task.Delay(_options.PollInterval, cancellation);
                    }
                    return new BroadcastResult(BroadcastOutcome.NonceUsed, e);
                case SendRefusal.InsufficientFunds:
                    return new BroadcastResult(BroadcastOutcome.InsufficientFunds, e);
                default:
                    return new BroadcastResult(BroadcastOutcome.Refused, e);
            }
        }
    }

    /// <summary>The receipt of any variant of the nonce, newest variant first; null when none is mined.</summary>
    private async Task<TransactionReceipt?> FindReceiptAsync(PendingNonce pending, CancellationToken cancellation)
    {
        for (int i = pending.Variants.Count - 1; i >= 0; i--)
            if (await _eth.GetTransactionReceiptAsync(pending.Variants[i].GetHash(), cancellation) is { } receipt) return receipt;
        return null;
    }
}
