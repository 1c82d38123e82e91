using System.Diagnostics;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.TxManager;

public sealed partial class TransactionManager
{
    private const int ForeignNonceSightingsBeforeResend = 2;

    /// <summary>
    /// Polls until a variant of the nonce is <see cref="TransactionManagerOptions.Confirmations"/>
    /// deep on the canonical chain, bumping or rebroadcasting meanwhile. A receipt is re-read every
    /// poll, so one whose block was reorganised away is never returned. Transient RPC failures are
    /// waited out until the receipt timeout; the nonce then stays unfinished for <see cref="ResumeAsync"/>.
    /// </summary>
    private async Task<TransactionReceipt> DriveAsync(PendingNonce pending, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        TransactionReceipt? sighted = null;
        Exception? lastError = null;
        try
        {
            while (true)
            {
                try
                {
                    var head = await _eth.BlockNumberAsync(cancellation);
                    pending.LastBroadcastHead ??= head;
                    var receipt = await FindReceiptAsync(pending, cancellation);
                    if (receipt is not null)
                    {
                        pending.ForeignNonceSightings = 0;
                        if (sighted is null || !sighted.BlockHash.AsSpan().SequenceEqual(receipt.BlockHash))
                            _logger.Mined(pending.Label, pending.Nonce, Hex.Encode(receipt.TransactionHash), receipt.BlockNumber);
                        sighted = receipt;
                        if (await IsConfirmedAsync(receipt, head, cancellation))
                        {
                            await FinishAsync(pending, receipt);
                            return receipt;
                        }
                    }
                    else
                    {
                        if (sighted is not null)
                        {
                            _logger.ReceiptReorganised(pending.Label, pending.Nonce, Hex.Encode(sighted.TransactionHash), sighted.BlockNumber);
                            sighted = null;
                            pending.RebroadcastNow = true;
                        }
                        if (await IsNonceUsedElsewhereAsync(pending, cancellation))
                        {
                            pending = await ResendAtNewNonceAsync(pending, cancellation);
                            continue;
                        }
                        if (await IsStrandedAsync(pending, cancellation) is { } nodeNonce)
                        {
                            _logger.Stranded(pending.Label, pending.Nonce, nodeNonce);
                            pending = await ResendAtNewNonceAsync(pending, cancellation, logTaken: false);
                            continue;
                        }
                        await BumpOrRebroadcastAsync(pending, head, cancellation);
                    }
                }
                catch (RpcException e) when (e.Kind != RpcErrorKind.Fatal)
                {
                    lastError = e;
                    _logger.PollFailed(pending.Label, pending.Nonce, e.Message);
                }
                if (clock.Elapsed >= _options.ReceiptTimeout)
                {
                    var why = pending.BumpingStopped is { } stopped ? "; bumping stopped: " + stopped : "";
                    throw new TransactionTimeoutException(
                        $"{pending.Label ?? "transaction"}: nonce {pending.Nonce} not {_options.Confirmations} block(s) deep within {_options.ReceiptTimeout.TotalSeconds:0.#} s " +
                        $"({pending.Variants.Count} variant(s) sent){why}; it stays in the journal for ResumeAsync",
                        pending.Nonce, pending.Hashes, lastError);
                }
                await Task.Delay(_options.PollInterval, cancellation);
            }
        }
        catch
        {
            // Still unfinished: ResumeAsync may drive it again.
            if (_pending.ContainsKey(pending.Nonce)) pending.Release();
            throw;
        }
    }

    /// <summary>Deep enough, and the block at the receipt's height is still the receipt's block.</summary>
    private async Task<bool> IsConfirmedAsync(TransactionReceipt receipt, ulong head, CancellationToken cancellation)
    {
        if (head < receipt.BlockNumber || head - receipt.BlockNumber + 1 < (ulong)_options.Confirmations) return false;
        var block = await _eth.GetBlockByNumberAsync(BlockTag.Number(receipt.BlockNumber), cancellation);
        return block is not null && block.Hash.AsSpan().SequenceEqual(receipt.BlockHash);
    }

    private async Task FinishAsync(PendingNonce pending, TransactionReceipt receipt)
    {
        // Not cancellable: the receipt is final, losing the record would only cost a lookup on restart.
        await _journal.AppendAsync(JournalRecord.Finished(pending.Nonce, receipt.TransactionHash, receipt.BlockNumber), CancellationToken.None);
        _pending.TryRemove(pending.Nonce, out _);
        _logger.Confirmed(pending.Label, pending.Nonce, Hex.Encode(receipt.TransactionHash), receipt.BlockNumber, receipt.Succeeded);
    }

    /// <summary>
    /// The nonce is used on chain while none of our variants has a receipt, seen on consecutive polls
    /// (a node may serve the count before the receipt): another transaction took it, so none of ours can land.
    /// </summary>
    private async Task<bool> IsNonceUsedElsewhereAsync(PendingNonce pending, CancellationToken cancellation)
    {
        var mined = await _eth.GetTransactionCountAsync(From, BlockTag.Latest, cancellation);
        if (mined <= pending.Nonce)
        {
            pending.ForeignNonceSightings = 0;
            return false;
        }
        return ++pending.ForeignNonceSightings >= ForeignNonceSightingsBeforeResend;
    }

    private async Task<PendingNonce> ResendAtNewNonceAsync(PendingNonce lost, CancellationToken cancellation, bool logTaken = true)
    {
        if (logTaken) _logger.NonceTakenElsewhere(lost.Label, lost.Nonce);
        await _nonceGate.WaitAsync(cancellation);
        try
        {
            await AbandonAsync(lost, cancellation);
        }
        finally
        {
            _nonceGate.Release();
        }
        return await SubmitAsync(lost.Label, lost.To, lost.Data, lost.Value, lost.GasLimit, cancellation);
    }

    /// <summary>
    /// The node's next nonce (pending pool included) is below ours and none of our unfinished
    /// nonces fills the gap, on consecutive polls: a reorg deeper than the confirmation depth
    /// dropped transactions we had already finished, so ours waits behind a gap that nothing will
    /// fill. Returns the node's next nonce then, else null. The stranded variant stays in the
    /// node's queue and lands if the gap is ever filled: the manager's intents must be safe to
    /// apply twice (every settlement-contract call checks its state), or confirmations deep enough
    /// that such reorgs do not happen.
    /// </summary>
    private async Task<ulong?> IsStrandedAsync(PendingNonce pending, CancellationToken cancellation)
    {
        var next = (ulong)await _eth.GetTransactionCountAsync(From, BlockTag.Pending, cancellation);
        bool gap = next < pending.Nonce;
        for (ulong n = next; gap && n < pending.Nonce; n++)
            if (_pending.ContainsKey(n)) gap = false;
        if (!gap)
        {
            pending.StrandedSightings = 0;
            return null;
        }
        return ++pending.StrandedSightings >= ForeignNonceSightingsBeforeResend ? next : null;
    }

    private async Task BumpOrRebroadcastAsync(PendingNonce pending, ulong head, CancellationToken cancellation)
    {
        bool due = pending.BumpNow
            || Stopwatch.GetElapsedTime(pending.LastBroadcastTimestamp) >= _options.BumpAfter
            || (_options.BumpAfterBlocks > 0 && head >= pending.LastBroadcastHead + (ulong)_options.BumpAfterBlocks);
        if (!due && !pending.RebroadcastNow) return;
        // A send whose answer was lost (or a receipt reorganised away) needs a rebroadcast only if
        // the node does not have the transaction: one it holds is mined or will be, and sending it
        // again only earns an "already known". Asked before any poll found it mined, a busy node
        // may simply not have mined it yet.
        if (!due && await _eth.GetTransactionByHashAsync(pending.Latest.GetHash(), cancellation) is not null)
        {
            pending.RebroadcastNow = false;
            return;
        }

        var variant = pending.Latest;
        if (due && pending.BumpingStopped is null)
        {
            if (await BumpedFeesAsync(pending, cancellation) is { } fees) variant = await SignAndRecordAsync(pending, fees, cancellation);
            else _logger.BumpingStopped(pending.Label, pending.Nonce, pending.BumpingStopped!);
        }
        pending.BumpNow = false;
        pending.RebroadcastNow = false;
        pending.LastBroadcastHead = head;
        var result = await BroadcastAsync(pending, variant, cancellation);
        switch (result.Outcome)
        {
            case BroadcastOutcome.Underpriced when pending.BumpingStopped is null:
                pending.BumpNow = true;
                break;
            case BroadcastOutcome.Unknown:
                pending.RebroadcastNow = true;
                break;
            case BroadcastOutcome.InsufficientFunds or BroadcastOutcome.Refused:
                // Earlier variants may still be in the pool and land; only the raise is given up.
                pending.BumpingStopped = "the node refused a bumped variant: " + result.Error!.Message;
                _logger.BumpingStopped(pending.Label, pending.Nonce, pending.BumpingStopped);
                break;
        }
    }
}
