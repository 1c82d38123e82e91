using Rollup.Core.Operations;

namespace Rollup.Sequencer.Rpc.Errors;

/// <summary>Maps core's rejection reasons onto the API's error table.</summary>
public static class RejectReasonCodes
{
    public static RpcErrorCode CodeOf(RejectReason reason) => reason switch
    {
        RejectReason.BadSignature or RejectReason.InvalidKey => RpcErrorCode.BadSignature,
        RejectReason.BadNonce => RpcErrorCode.NonceReused,
        RejectReason.StaleOrderId or RejectReason.Overfill or RejectReason.AlreadyCancelled => RpcErrorCode.OrderIdReused,
        RejectReason.OrderExpired or RejectReason.SeriesExpired => RpcErrorCode.Expired,
        RejectReason.UnknownAccount or RejectReason.NoKey or RejectReason.ReservedAccount => RpcErrorCode.UnknownAccount,
        RejectReason.UnknownSeries or RejectReason.UnknownUnderlying => RpcErrorCode.UnknownSeries,
        RejectReason.InsufficientMargin or RejectReason.InsufficientCollateral => RpcErrorCode.InsufficientMargin,
        RejectReason.UnknownOracle or RejectReason.DuplicateOracle or RejectReason.OracleQuorum => RpcErrorCode.NotAnOracle,
        _ => RpcErrorCode.Rejected,
    };

    public static RpcError ToError(RejectReason reason, string? detail = null)
    {
        var code = CodeOf(reason);
        var message = detail is null ? $"rejected: {reason}" : $"rejected: {reason}: {detail}";
        return new RpcError(code, message, new Dictionary<string, string> { ["reason"] = reason.ToString() });
    }
}
