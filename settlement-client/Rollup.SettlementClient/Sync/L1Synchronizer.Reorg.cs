using Microsoft.Extensions.Logging;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Sync;

public sealed partial class L1Synchronizer
{
    /// <summary>
    /// Walks the kept blocks newest first to the first one the node still has with the same hash,
    /// rewinds the sink to it and resumes after it. Blocks between kept ones had no events, so
    /// rewinding to the newest surviving kept block loses nothing.
    /// </summary>
    private async Task<ulong> RewindAsync(CancellationToken cancellation)
    {
        for (int i = _history.Count - 1; i >= 0; i--)
        {
            if (!await IsOnChainAsync(_history[i], cancellation)) continue;
            if (i == _history.Count - 1)
                throw new L1SyncException(RpcErrorKind.Reorg, $"the chain changed while block {_history[i].Number + 1} was being read; it is read again at the next poll");
            var ancestor = _history[i];
            _logger.LogWarning("L1 reorg: rewinding from {Newest} to common ancestor {L1Block}", _history[^1].Number, ancestor.Number);
            await _sink.RewindToAsync(ancestor.Number, cancellation);
            _history.RemoveRange(i + 1, _history.Count - i - 1);
            _cursor = ancestor.Cursor;
            _next = ancestor.Number + 1;
            return ancestor.Number;
        }
        throw new ReorgTooDeepException(_history[0].Number, _history[^1].Number);
    }

    private async Task<bool> IsOnChainAsync(ProcessedBlock block, CancellationToken cancellation)
    {
        var header = await _eth.GetBlockByNumberAsync(BlockTag.Number(block.Number), cancellation);
        return header is not null && header.Hash.AsSpan().SequenceEqual(block.Hash);
    }
}
