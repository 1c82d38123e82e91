namespace Rollup.SettlementClient.Rpc;

/// <summary>What a caller should do about a failed call; see docs/SETTLEMENT_CLIENT.md for the table.</summary>
public enum RpcErrorKind
{
    /// <summary>Transient: the same call may succeed later (timeouts, rate limits, node lagging).</summary>
    Retryable,

    /// <summary>The block the call referred to is gone: the chain reorganised or the node reset; rewind.</summary>
    Reorg,

    /// <summary>Repeating the call cannot help: a revert, a bad request, or an answer that breaks the protocol.</summary>
    Fatal,
}
