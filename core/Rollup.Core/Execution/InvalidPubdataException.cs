using Rollup.Core.Operations;

namespace Rollup.Core.Execution;

/// <summary>A published record that cannot apply to the state it follows: the batch is invalid.</summary>
public sealed class InvalidPubdataException(OperationKind kind, RejectReason reason, string detail)
    : Exception($"{kind} record does not apply: {reason}: {detail}")
{
    public OperationKind Kind { get; } = kind;
    public RejectReason Reason { get; } = reason;
}
