using Rollup.Core.Operations;

namespace Rollup.Sequencer.Risk;

/// <summary>What a sweep did: operations accepted, and refusals that stopped part of it.</summary>
public sealed class RiskSweepResult
{
    public List<Operation> Applied { get; } = new();

    public List<(Operation Operation, RejectReason Reason, string? Detail)> Refused { get; } = new();
}
