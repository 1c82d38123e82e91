using System.Text.Json;
using Rollup.SettlementClient.Primitives;

namespace Rollup.SettlementClient.Rpc;

public sealed partial class EthClient
{
    /// <summary>The transaction as the node knows it (with its input), or null when the node has no such transaction.</summary>
    public async Task<RpcTransaction?> GetTransactionByHashAsync(byte[] transactionHash, CancellationToken cancellation = default)
    {
        if (transactionHash is not { Length: 32 }) throw new ArgumentException("a transaction hash is 32 bytes", nameof(transactionHash));
        var json = await Rpc.SendAsync("eth_getTransactionByHash", [Hex.Encode(transactionHash)], cancellation);
        if (json.ValueKind == JsonValueKind.Null) return null;
        var transaction = Read("eth_getTransactionByHash", json, RpcTransaction.Read);
        if (!transaction.Hash.AsSpan().SequenceEqual(transactionHash))
            throw new RpcException(RpcErrorKind.Fatal, "eth_getTransactionByHash", $"malformed answer: asked for {Hex.Encode(transactionHash)}, got {Hex.Encode(transaction.Hash)}");
        return transaction;
    }
}
