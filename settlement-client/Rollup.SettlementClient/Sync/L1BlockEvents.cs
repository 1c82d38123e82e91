using Rollup.SettlementClient.Contracts.Events;

namespace Rollup.SettlementClient.Sync;

/// <summary>
/// The contract's events of one block. <see cref="Events"/> holds all of them in log order;
/// <see cref="PriorityRequests"/> the priority requests among them, by queue index, each the
/// successor of the one before (across blocks too); <see cref="Batches"/> the batch lifecycle
/// steps with the calldata of commits and proofs.
/// </summary>
public sealed record L1BlockEvents(
    ulong Number,
    byte[] Hash,
    byte[] ParentHash,
    ulong Timestamp,
    IReadOnlyList<RollupEvent> Events,
    IReadOnlyList<PriorityRequestEvent> PriorityRequests,
    IReadOnlyList<BatchUpdate> Batches);
