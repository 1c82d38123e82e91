using System.Numerics;
using System.Text.Json;
using Rollup.Core.Ethereum;

namespace Rollup.SettlementClient.Rpc;

public sealed record TransactionReceipt(
    byte[] TransactionHash,
    ulong BlockNumber,
    byte[] BlockHash,
    bool Succeeded,
    BigInteger GasUsed,
    BigInteger EffectiveGasPrice,
    L1Address? ContractAddress,
    IReadOnlyList<LogEntry> Logs)
{
    public static TransactionReceipt Read(JsonElement json)
    {
        var logsJson = RpcJson.Property(json, "logs");
        if (logsJson.ValueKind != JsonValueKind.Array) throw new FormatException("logs is an array");
        var logs = new List<LogEntry>(logsJson.GetArrayLength());
        foreach (var log in logsJson.EnumerateArray()) logs.Add(LogEntry.Read(log));
        var status = RpcJson.ReadQuantity(RpcJson.Property(json, "status"));
        if (status > 1) throw new FormatException($"receipt status is 0 or 1, not {status}");
        return new TransactionReceipt(
            RpcJson.ReadHash(RpcJson.Property(json, "transactionHash")),
            RpcJson.ReadUInt64(RpcJson.Property(json, "blockNumber")),
            RpcJson.ReadHash(RpcJson.Property(json, "blockHash")),
            status == 1,
            RpcJson.ReadQuantity(RpcJson.Property(json, "gasUsed")),
            RpcJson.ReadQuantity(RpcJson.Property(json, "effectiveGasPrice")),
            RpcJson.OptionalProperty(json, "contractAddress") is { } created ? RpcJson.ReadAddress(created) : null,
            logs);
    }
}
