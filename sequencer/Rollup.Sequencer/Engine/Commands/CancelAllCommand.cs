using Rollup.Core.Operations;

namespace Rollup.Sequencer.Engine.Commands;

/// <summary>
/// Cancels several orders of one account at once. The protocol has no cancel-all message, so
/// each order carries its own signed Cancel (docs/PROTOCOL.md §7.6): a cancel-all that could not
/// be replayed later against newer orders would need a nonce the protocol does not have.
/// </summary>
public sealed record CancelAllCommand(uint AccountId, IReadOnlyList<CancelOperation> Cancels) : EngineCommand
{
    public const int MaxCancels = 256;

    public override CommandKind Kind => CommandKind.CancelAll;
}
