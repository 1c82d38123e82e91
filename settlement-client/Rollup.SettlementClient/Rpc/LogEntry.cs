using System.Text.Json;
using Rollup.Core.Ethereum;

namespace Rollup.SettlementClient.Rpc;

/// <summary>An event log as eth_getLogs and receipts return it.</summary>
public sealed record LogEntry(
    L1Address Address,
    IReadOnlyList<byte[]> Topics,
    byte[] Data,
    ulong BlockNumber,
    byte[] BlockHash,
    byte[] TransactionHash,
    ulong LogIndex,
    bool Removed)
{
    public static LogEntry Read(JsonElement json)
    {
        var topicsJson = RpcJson.Property(json, "topics");
        if (topicsJson.ValueKind != JsonValueKind.Array) throw new FormatException("topics is an array");
        var topics = new List<byte[]>(topicsJson.GetArrayLength());
        foreach (var topic in topicsJson.EnumerateArray()) topics.Add(RpcJson.ReadHash(topic));
        return new LogEntry(
            RpcJson.ReadAddress(RpcJson.Property(json, "address")),
            topics,
            RpcJson.ReadData(RpcJson.Property(json, "data")),
            RpcJson.ReadUInt64(RpcJson.Property(json, "blockNumber")),
            RpcJson.ReadHash(RpcJson.Property(json, "blockHash")),
            RpcJson.ReadHash(RpcJson.Property(json, "transactionHash")),
            RpcJson.ReadUInt64(RpcJson.Property(json, "logIndex")),
            RpcJson.OptionalProperty(json, "removed") is { ValueKind: JsonValueKind.True });
    }
}
