namespace Rollup.Sequencer.Rpc.Errors;

/// <summary>
/// Refuses a call with a typed JSON-RPC error. The API implementation throws it (usually through
/// <see cref="SequencerApiException"/>) for anything it will not accept; the server turns it into
/// the error response and nothing is changed.
/// </summary>
public class RpcException(RpcError error) : Exception(error.Message)
{
    public RpcException(RpcErrorCode code, string message, IReadOnlyDictionary<string, string>? data = null)
        : this(new RpcError(code, message, data))
    {
    }

    public RpcError Error { get; } = error;

    public static RpcException InvalidParams(string field, string reason) =>
        new(RpcErrorCode.InvalidParams, $"invalid params: {field}: {reason}",
            new Dictionary<string, string> { ["field"] = field, ["reason"] = reason });
}
