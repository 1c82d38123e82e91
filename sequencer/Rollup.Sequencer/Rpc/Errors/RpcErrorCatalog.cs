namespace Rollup.Sequencer.Rpc.Errors;

/// <summary>The one table of error codes with their meaning: rpc.discover and docs/RPC.md both come from it.</summary>
public static class RpcErrorCatalog
{
    public static IReadOnlyList<(RpcErrorCode Code, string Meaning)> All { get; } =
    [
        (RpcErrorCode.ParseError, "The body is not valid JSON."),
        (RpcErrorCode.InvalidRequest, "Not a JSON-RPC 2.0 request object (or an empty batch, or a body over the size limit)."),
        (RpcErrorCode.MethodNotFound, "No such method on this listener."),
        (RpcErrorCode.InvalidParams, "A parameter is missing, unknown, of the wrong type or out of range; data.field names it and data.reason says why."),
        (RpcErrorCode.InternalError, "The sequencer failed; nothing was accepted."),
        (RpcErrorCode.BadSignature, "A signature does not verify or is malformed."),
        (RpcErrorCode.NonceReused, "The nonce is not the account's current nonce."),
        (RpcErrorCode.OrderIdReused, "The order id is stale, already filled or already cancelled."),
        (RpcErrorCode.Expired, "The order or its series has expired."),
        (RpcErrorCode.UnknownAccount, "No such account, or it has no key, or it is a protocol account."),
        (RpcErrorCode.UnknownSeries, "No such series (or underlying)."),
        (RpcErrorCode.InsufficientMargin, "The operation would leave the account below initial margin or without collateral."),
        (RpcErrorCode.RateLimited, "Too many requests for this account (writes) or address (reads); retry later."),
        (RpcErrorCode.TooLarge, "Too many items: a batch or a list parameter exceeds its limit."),
        (RpcErrorCode.NotAnOracle, "An oracle submission is not from a configured oracle key, is duplicated, or misses the quorum."),
        (RpcErrorCode.Timeout, "The request did not complete within the request timeout."),
        (RpcErrorCode.Paused, "The sequencer is paused by its operator and accepts no writes."),
        (RpcErrorCode.Rejected, "The protocol rules refuse the operation; data.reason names the rule."),
        (RpcErrorCode.NotFound, "The receipt, batch, root or subscription asked for does not exist."),
        (RpcErrorCode.Overloaded, "The sequencer's queue is full; retry later."),
    ];

    public static string Meaning(RpcErrorCode code)
    {
        foreach (var (c, meaning) in All)
            if (c == code) return meaning;
        return code.ToString();
    }
}
