namespace Rollup.SettlementClient.Rpc;

/// <summary>
/// A failed JSON-RPC call with its classification. <see cref="Code"/> is the JSON-RPC error code
/// when the node answered with an error object, <see cref="HttpStatus"/> the HTTP status when the
/// transport refused, and <see cref="Revert"/> the decoded revert data of an execution revert.
/// </summary>
public sealed class RpcException : Exception
{
    public RpcException(RpcErrorKind kind, string method, string message, Exception? inner = null) : base($"{method}: {message}", inner)
    {
        Kind = kind;
        Method = method;
    }

    public RpcErrorKind Kind { get; }
    public string Method { get; }
    public int? Code { get; init; }
    public int? HttpStatus { get; init; }
    public RevertReason? Revert { get; init; }

    /// <summary>Attempts made before giving up (1 when the error was not retryable).</summary>
    public int Attempts { get; internal set; } = 1;
}
