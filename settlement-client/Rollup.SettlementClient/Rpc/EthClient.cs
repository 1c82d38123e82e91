using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rollup.Core.Ethereum;

namespace Rollup.SettlementClient.Rpc;

/// <summary>
/// Typed eth_* calls over a <see cref="JsonRpcClient"/>. An answer whose shape breaks the JSON-RPC
/// encodings is a fatal <see cref="RpcException"/>, like any other protocol violation.
/// </summary>
public sealed partial class EthClient(JsonRpcClient rpc)
{
    public JsonRpcClient Rpc { get; } = rpc;

    public async Task<ulong> ChainIdAsync(CancellationToken cancellation = default) =>
        Read("eth_chainId", await Rpc.SendAsync("eth_chainId", cancellation), RpcJson.ReadUInt64);

    public async Task<ulong> BlockNumberAsync(CancellationToken cancellation = default) =>
        Read("eth_blockNumber", await Rpc.SendAsync("eth_blockNumber", cancellation), RpcJson.ReadUInt64);

    public async Task<BigInteger> GetBalanceAsync(L1Address address, BlockTag? block = null, CancellationToken cancellation = default) =>
        Read("eth_getBalance", await Rpc.SendAsync("eth_getBalance", [address.ToString(), Tag(block)], cancellation), RpcJson.ReadQuantity);

    public async Task<BigInteger> GetTransactionCountAsync(L1Address address, BlockTag? block = null, CancellationToken cancellation = default) =>
        Read("eth_getTransactionCount", await Rpc.SendAsync("eth_getTransactionCount", [address.ToString(), Tag(block)], cancellation), RpcJson.ReadQuantity);

    /// <summary>The call's return data; a revert is a fatal <see cref="RpcException"/> with <see cref="RpcException.Revert"/> set.</summary>
    public async Task<byte[]> CallAsync(CallRequest call, BlockTag? block = null, CancellationToken cancellation = default) =>
        Read("eth_call", await Rpc.SendAsync("eth_call", [call.ToJson(), Tag(block)], cancellation), RpcJson.ReadData);

    public async Task<BigInteger> EstimateGasAsync(CallRequest call, CancellationToken cancellation = default) =>
        Read("eth_estimateGas", await Rpc.SendAsync("eth_estimateGas", [call.ToJson()], cancellation), RpcJson.ReadQuantity);

    /// <summary>The block's header fields and transaction hashes, or null when the node has no such block.</summary>
    public async Task<BlockHeader?> GetBlockByNumberAsync(BlockTag block, CancellationToken cancellation = default)
    {
        var json = await Rpc.SendAsync("eth_getBlockByNumber", [block.ToJson(), false], cancellation);
        return json.ValueKind == JsonValueKind.Null ? null : Read("eth_getBlockByNumber", json, BlockHeader.Read);
    }

    /// <param name="percentiles">Priority-fee percentiles, ascending, in [0, 100].</param>
    public async Task<FeeHistory> FeeHistoryAsync(int blockCount, BlockTag newest, IReadOnlyList<double> percentiles, CancellationToken cancellation = default)
    {
        if (blockCount < 1) throw new ArgumentOutOfRangeException(nameof(blockCount), "at least one block");
        var array = new JsonArray();
        double previous = 0;
        foreach (var p in percentiles)
        {
            if (p < previous || p > 100) throw new ArgumentException("percentiles are ascending, in [0, 100]", nameof(percentiles));
            previous = p;
            array.Add(p);
        }
        var json = await Rpc.SendAsync("eth_feeHistory", [RpcJson.Quantity(blockCount), newest.ToJson(), array], cancellation);
        return Read("eth_feeHistory", json, FeeHistory.Read);
    }

    internal static T Read<T>(string method, JsonElement json, Func<JsonElement, T> reader)
    {
        try
        {
            return reader(json);
        }
        catch (FormatException e)
        {
            throw new RpcException(RpcErrorKind.Fatal, method, "malformed answer: " + e.Message, e);
        }
    }

    private static JsonNode Tag(BlockTag? block) => (block ?? BlockTag.Latest).ToJson();
}
