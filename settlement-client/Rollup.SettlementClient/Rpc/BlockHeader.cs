using System.Numerics;
using System.Text.Json;

namespace Rollup.SettlementClient.Rpc;

/// <summary>What eth_getBlockByNumber(tag, false) returns that the client uses: the chain links and fees.</summary>
public sealed record BlockHeader(
    ulong Number,
    byte[] Hash,
    byte[] ParentHash,
    ulong Timestamp,
    BigInteger GasLimit,
    BigInteger GasUsed,
    BigInteger? BaseFeePerGas,
    IReadOnlyList<byte[]> TransactionHashes)
{
    public static BlockHeader Read(JsonElement json)
    {
        var txs = RpcJson.Property(json, "transactions");
        if (txs.ValueKind != JsonValueKind.Array) throw new FormatException("transactions is an array");
        var hashes = new List<byte[]>(txs.GetArrayLength());
        foreach (var tx in txs.EnumerateArray()) hashes.Add(RpcJson.ReadHash(tx));
        return new BlockHeader(
            RpcJson.ReadUInt64(RpcJson.Property(json, "number")),
            RpcJson.ReadHash(RpcJson.Property(json, "hash")),
            RpcJson.ReadHash(RpcJson.Property(json, "parentHash")),
            RpcJson.ReadUInt64(RpcJson.Property(json, "timestamp")),
            RpcJson.ReadQuantity(RpcJson.Property(json, "gasLimit")),
            RpcJson.ReadQuantity(RpcJson.Property(json, "gasUsed")),
            RpcJson.OptionalProperty(json, "baseFeePerGas") is { } fee ? RpcJson.ReadQuantity(fee) : null,
            hashes);
    }
}
