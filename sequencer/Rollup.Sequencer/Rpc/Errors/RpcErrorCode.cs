namespace Rollup.Sequencer.Rpc.Errors;

/// <summary>
/// Every error code the sequencer's JSON-RPC API returns: the five JSON-RPC 2.0 codes and the
/// application codes from -32000 down. The values are part of the public API (docs/RPC.md):
/// never renumber one.
/// </summary>
public enum RpcErrorCode
{
    ParseError = -32700,
    InvalidRequest = -32600,
    MethodNotFound = -32601,
    InvalidParams = -32602,
    InternalError = -32603,

    BadSignature = -32000,
    NonceReused = -32001,
    OrderIdReused = -32002,
    Expired = -32003,
    UnknownAccount = -32004,
    UnknownSeries = -32005,
    InsufficientMargin = -32006,
    RateLimited = -32007,
    TooLarge = -32008,
    NotAnOracle = -32009,
    Timeout = -32010,
    Paused = -32011,
    Rejected = -32012,
    NotFound = -32013,
    Overloaded = -32014,
}
