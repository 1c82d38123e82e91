using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Sync;

/// <summary>
/// The synchronizer could not go on. <see cref="Kind"/> uses the RPC classification:
/// <see cref="RpcErrorKind.Reorg"/> when the chain changed while a range was being read (the next
/// poll reads it again), <see cref="RpcErrorKind.Fatal"/> when the events break the contract's
/// order (a gap in the priority queue, a batch out of sequence) or the start block is wrong.
/// Nothing was applied from the range that failed.
/// </summary>
public class L1SyncException(RpcErrorKind kind, string message, Exception? inner = null) : Exception(message, inner)
{
    public RpcErrorKind Kind { get; } = kind;
}
