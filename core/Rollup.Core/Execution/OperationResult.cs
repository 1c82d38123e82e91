using Rollup.Core.Fields;
using Rollup.Core.Operations;
using Rollup.Core.Pubdata;

namespace Rollup.Core.Execution;

/// <summary>
/// The outcome of one operation: accepted with its pubdata record and execution trace, or
/// rejected with a typed reason, in which case RootAfter equals RootBefore. The roots are null
/// when the state defers hashing (<see cref="State.RollupState.DeferHashing"/>) and no trace is
/// collected: reading a root there would hash at every operation, which deferring exists to avoid.
/// </summary>
public sealed record OperationResult(
    Operation Operation,
    RejectReason Reason,
    string? Detail,
    PubdataRecord? Record,
    IReadOnlyList<TraceEntry> Trace,
    Fr? RootBefore,
    Fr? RootAfter)
{
    public bool Accepted => Reason == RejectReason.None;

    public override string ToString() => Accepted ? $"{Operation.Kind} accepted" : $"{Operation.Kind} rejected: {Reason} ({Detail})";
}
