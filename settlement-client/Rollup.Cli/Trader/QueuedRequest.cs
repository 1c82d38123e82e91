using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Contracts.Events;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rpc;

namespace Rollup.Cli.Trader;

/// <summary>The priority request a deposit, register-key or force-withdraw transaction queued, read from its receipt.</summary>
internal static class QueuedRequest
{
    /// <summary>
    /// The one PriorityRequest event of <paramref name="kind"/> the rollup emitted in the receipt. Other
    /// logs (the token's Transfer in a deposit) are skipped; a receipt without the event means the node
    /// answered something the contract cannot have produced.
    /// </summary>
    public static PriorityRequestEvent From(TransactionReceipt receipt, L1Address rollup, PriorityRequestKind kind)
    {
        var decoder = new RollupEventDecoder(rollup);
        var topic = RollupEventAbi.PriorityRequest.Topic0;
        var found = receipt.Logs
            .Where(log => log.Address == rollup && log.Topics.Count > 0 && log.Topics[0].AsSpan().SequenceEqual(topic))
            .Select(log => (PriorityRequestEvent)decoder.Decode(log))
            .Where(e => e.Kind == kind)
            .ToArray();
        if (found.Length != 1)
            throw new RpcException(RpcErrorKind.Fatal, "eth_getTransactionReceipt",
                $"the receipt of {Hex.Encode(receipt.TransactionHash)} holds {found.Length} {kind} PriorityRequest events of {rollup}, expected one");
        return found[0];
    }
}
