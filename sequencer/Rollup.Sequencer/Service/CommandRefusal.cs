using Rollup.Core.Operations;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Rpc.Errors;

namespace Rollup.Sequencer.Service;

/// <summary>Turns a refused <see cref="CommandResult"/> into the API's typed error: core's reason when it has one, else the engine's.</summary>
internal static class CommandRefusal
{
    public static RpcException ToException(CommandResult result)
    {
        if (result.CoreReason != RejectReason.None && result.Error != CommandError.Stopped)
            return new SequencerApiException(result.CoreReason, result.Detail);
        var code = result.Error switch
        {
            CommandError.BadSignature => RpcErrorCode.BadSignature,
            CommandError.UnknownAccount or CommandError.NoKey or CommandError.ReservedAccount => RpcErrorCode.UnknownAccount,
            CommandError.UnknownSeries => RpcErrorCode.UnknownSeries,
            CommandError.SeriesExpired or CommandError.OrderExpired => RpcErrorCode.Expired,
            CommandError.OrderIdUsed => RpcErrorCode.OrderIdReused,
            CommandError.InsufficientMargin => RpcErrorCode.InsufficientMargin,
            CommandError.Stopped => RpcErrorCode.InternalError,
            _ => RpcErrorCode.Rejected,
        };
        var message = result.Detail is null ? $"rejected: {result.Error}" : $"rejected: {result.Error}: {result.Detail}";
        return new RpcException(code, message, new Dictionary<string, string> { ["reason"] = result.Error.ToString() });
    }

    /// <summary>The metrics label of a refusal: core's reason when it has one.</summary>
    public static string Label(CommandResult result) =>
        result.CoreReason != RejectReason.None ? result.CoreReason.ToString() : result.Error.ToString();
}
