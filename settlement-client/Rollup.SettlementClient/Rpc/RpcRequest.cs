using System.Text.Json.Nodes;

namespace Rollup.SettlementClient.Rpc;

/// <summary>One call of a batch: a method and its positional parameters.</summary>
public sealed record RpcRequest(string Method, params JsonNode?[] Parameters);
