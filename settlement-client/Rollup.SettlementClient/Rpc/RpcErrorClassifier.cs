using System.Net;

namespace Rollup.SettlementClient.Rpc;

/// <summary>
/// The one classification of failed calls used by every caller: JSON-RPC error objects by code and,
/// for the catch-all server codes nodes reuse (-32000, -32603), by message; HTTP statuses by status.
/// The table is in docs/SETTLEMENT_CLIENT.md.
/// </summary>
public static class RpcErrorClassifier
{
    public const int ExecutionReverted = 3;
    public const int ServerError = -32000;
    public const int ResourceNotFound = -32001;
    public const int ResourceUnavailable = -32002;
    public const int TransactionRejected = -32003;
    public const int MethodNotSupported = -32004;
    public const int LimitExceeded = -32005;
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;

    // Messages win over codes: nodes put very different conditions under -32000.
    private static readonly string[] ReorgMessages = ["block hash not found", "header for hash not found", "unknown block", "block not found"];
    private static readonly string[] RetryableMessages =
        ["header not found", "limit exceeded", "rate limit", "too many requests", "timeout", "timed out", "try again"];
    private static readonly string[] FatalMessages =
        ["execution reverted", "nonce too low", "insufficient funds", "invalid params", "invalid argument"];

    public static RpcErrorKind ClassifyError(int code, string message)
    {
        if (code == ExecutionReverted) return RpcErrorKind.Fatal;
        if (Contains(FatalMessages, message)) return RpcErrorKind.Fatal;
        if (Contains(ReorgMessages, message)) return RpcErrorKind.Reorg;
        if (Contains(RetryableMessages, message)) return RpcErrorKind.Retryable;
        return code switch
        {
            LimitExceeded or ResourceUnavailable => RpcErrorKind.Retryable,
            // EIP-1474's "resource not found": what anvil answers for a block hash it no longer has.
            ResourceNotFound => RpcErrorKind.Reorg,
            _ => RpcErrorKind.Fatal,
        };
    }

    public static RpcErrorKind ClassifyHttpStatus(HttpStatusCode status)
    {
        int value = (int)status;
        return value is 408 or 429 || value >= 500 ? RpcErrorKind.Retryable : RpcErrorKind.Fatal;
    }

    private static bool Contains(string[] patterns, string message)
    {
        foreach (var pattern in patterns)
            if (message.Contains(pattern, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
