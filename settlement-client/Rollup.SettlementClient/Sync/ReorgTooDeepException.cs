using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Sync;

/// <summary>
/// Fatal: none of the kept block hashes is on the node's chain any more, so the common ancestor
/// lies below the kept history (<see cref="L1SyncOptions.ReorgHistoryBlocks"/>) and the consumer's
/// state cannot be rewound to it. Start again from the deployment block (or a checkpoint that is
/// still on the chain).
/// </summary>
public sealed class ReorgTooDeepException(ulong oldestKeptBlock, ulong newestKeptBlock)
    : L1SyncException(RpcErrorKind.Fatal,
        $"L1 reorganised deeper than the kept history: none of the processed blocks {oldestKeptBlock}..{newestKeptBlock} is on the chain any more; " +
        "resync from the deployment block or raise ReorgHistoryBlocks")
{
    public ulong OldestKeptBlock { get; } = oldestKeptBlock;
    public ulong NewestKeptBlock { get; } = newestKeptBlock;
}
