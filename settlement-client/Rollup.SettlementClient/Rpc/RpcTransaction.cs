using System.Numerics;
using System.Text.Json;
using Rollup.Core.Ethereum;

namespace Rollup.SettlementClient.Rpc;

/// <summary>
/// What eth_getTransactionByHash returns that the client uses. The block fields are null while the
/// transaction is pending; <see cref="To"/> is null for a contract creation.
/// </summary>
public sealed record RpcTransaction(
    byte[] Hash,
    L1Address From,
    L1Address? To,
    BigInteger Nonce,
    BigInteger Value,
    BigInteger Gas,
    byte[] Input,
    ulong? BlockNumber,
    byte[]? BlockHash,
    ulong? TransactionIndex)
{
    public static RpcTransaction Read(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object) throw new FormatException("a transaction is an object");
        var blockNumber = RpcJson.OptionalProperty(json, "blockNumber") is { } number ? RpcJson.ReadUInt64(number) : (ulong?)null;
        var blockHash = RpcJson.OptionalProperty(json, "blockHash") is { } hash ? RpcJson.ReadHash(hash) : null;
        var index = RpcJson.OptionalProperty(json, "transactionIndex") is { } i ? RpcJson.ReadUInt64(i) : (ulong?)null;
        if ((blockNumber is null) != (blockHash is null) || (blockNumber is null) != (index is null))
            throw new FormatException("blockNumber, blockHash and transactionIndex are all set (mined) or all null (pending)");
        return new RpcTransaction(
            RpcJson.ReadHash(RpcJson.Property(json, "hash")),
            RpcJson.ReadAddress(RpcJson.Property(json, "from")),
            RpcJson.OptionalProperty(json, "to") is { } to ? RpcJson.ReadAddress(to) : null,
            RpcJson.ReadQuantity(RpcJson.Property(json, "nonce")),
            RpcJson.ReadQuantity(RpcJson.Property(json, "value")),
            RpcJson.ReadQuantity(RpcJson.Property(json, "gas")),
            RpcJson.ReadData(RpcJson.Property(json, "input")),
            blockNumber,
            blockHash,
            index);
    }
}
