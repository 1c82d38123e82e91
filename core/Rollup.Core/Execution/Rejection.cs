using Rollup.Core.Operations;

namespace Rollup.Core.Execution;

/// <summary>Thrown inside the state transition function to abandon an operation before anything changed.</summary>
internal sealed class Rejection(RejectReason reason, string detail) : Exception(detail)
{
    public RejectReason Reason { get; } = reason;

    public static void If(bool condition, RejectReason reason, string detail)
    {
        if (condition) throw new Rejection(reason, detail);
    }
}
