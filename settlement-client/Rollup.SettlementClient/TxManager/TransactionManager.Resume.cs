using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Transactions;

namespace Rollup.SettlementClient.TxManager;

public sealed partial class TransactionManager
{
    /// <summary>
    /// Drives every unfinished nonce no send is waiting on (those loaded from the journal at start,
    /// and those whose send timed out or was cancelled) to completion: a variant with a receipt is
    /// confirmed, otherwise the latest variant is broadcast again and bumped as usual. Returns their
    /// receipts in nonce order. A nonce another transaction used is re-sent at a new nonce.
    /// </summary>
    public async Task<IReadOnlyList<TransactionReceipt>> ResumeAsync(CancellationToken cancellation = default)
    {
        var claimed = new List<PendingNonce>();
        foreach (var pending in _pending.Values.OrderBy(p => p.Nonce))
        {
            if (!pending.TryClaim()) continue;
            pending.RebroadcastNow = true;
            claimed.Add(pending);
        }
        if (claimed.Count > 0) _logger.Resuming(claimed.Count, claimed[0].Nonce, claimed[^1].Nonce);
        return await Task.WhenAll(claimed.Select(pending => DriveAsync(pending, cancellation)));
    }

    /// <summary>Folds the journal in order: a signed record adds a variant, a finished or abandoned record closes the nonce.</summary>
    private async Task LoadJournalAsync(CancellationToken cancellation)
    {
        foreach (var record in await _journal.LoadAsync(cancellation))
        {
            switch (record.Kind)
            {
                case JournalRecordKind.Signed:
                    var signed = DecodeOwn(record);
                    if (!_pending.TryGetValue(record.Nonce, out var pending))
                        _pending[record.Nonce] = pending = PendingNonce.FromVariant(record.Label, signed);
                    pending.Variants.Add(signed);
                    break;
                default:
                    _pending.TryRemove(record.Nonce, out _);
                    break;
            }
        }
    }

    private SignedTransaction1559 DecodeOwn(JournalRecord record)
    {
        SignedTransaction1559 signed;
        try
        {
            signed = Transaction1559Decoder.Decode(record.RawTransaction ?? throw new TransactionJournalException($"signed record for nonce {record.Nonce} has no raw transaction"));
        }
        catch (TransactionException e)
        {
            throw new TransactionJournalException($"journal record for nonce {record.Nonce} holds no valid transaction: {e.Message}", e);
        }
        var tx = signed.Transaction;
        if (tx.Nonce != record.Nonce) throw new TransactionJournalException($"journal record for nonce {record.Nonce} holds a transaction with nonce {tx.Nonce}");
        if (tx.ChainId != _options.ChainId) throw new TransactionJournalException($"journal record for nonce {record.Nonce} is for chain {tx.ChainId}, not {_options.ChainId}");
        var sender = signed.RecoverSender();
        if (sender != From) throw new TransactionJournalException($"journal record for nonce {record.Nonce} was signed by {sender}, not by this manager's key {From}");
        return signed;
    }
}
