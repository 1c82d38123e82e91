using Rollup.Core.Operations;

namespace Rollup.Sequencer.Rpc.Errors;

/// <summary>
/// A refusal by the engine for a protocol reason. The RPC code comes from
/// <see cref="RejectReasonCodes"/>, and data.reason carries the exact <see cref="RejectReason"/>.
/// </summary>
public sealed class SequencerApiException(RejectReason reason, string? detail = null)
    : RpcException(RejectReasonCodes.ToError(reason, detail))
{
    public RejectReason Reason { get; } = reason;
}
