using System.Text.Json;

namespace Rollup.SettlementClient.Rpc;

/// <summary>One answer of a batch: a result, or the classified error the node returned for that call.</summary>
public readonly record struct RpcResult(JsonElement Value, RpcException? Error)
{
    public bool IsError => Error is not null;

    /// <summary>The result, or the call's error thrown.</summary>
    public JsonElement GetValueOrThrow() => Error is null ? Value : throw Error;
}
