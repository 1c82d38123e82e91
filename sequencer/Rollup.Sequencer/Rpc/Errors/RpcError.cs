namespace Rollup.Sequencer.Rpc.Errors;

/// <summary>A JSON-RPC error object: code, message and optional structured data.</summary>
public sealed record RpcError(RpcErrorCode Code, string Message, IReadOnlyDictionary<string, string>? Data = null);
