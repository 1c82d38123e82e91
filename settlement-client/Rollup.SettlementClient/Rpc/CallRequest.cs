using System.Numerics;
using System.Text.Json.Nodes;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Primitives;

namespace Rollup.SettlementClient.Rpc;

/// <summary>The transaction object of eth_call and eth_estimateGas.</summary>
public sealed record CallRequest
{
    public L1Address? From { get; init; }

    /// <summary>Null for a contract creation.</summary>
    public L1Address? To { get; init; }

    public byte[] Data { get; init; } = [];
    public BigInteger? Value { get; init; }
    public BigInteger? Gas { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["data"] = Hex.Encode(Data) };
        if (From is { } from) json["from"] = from.ToString();
        if (To is { } to) json["to"] = to.ToString();
        if (Value is { } value) json["value"] = RpcJson.Quantity(value);
        if (Gas is { } gas) json["gas"] = RpcJson.Quantity(gas);
        return json;
    }
}
