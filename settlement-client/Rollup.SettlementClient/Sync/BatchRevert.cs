using Rollup.SettlementClient.Contracts.Events;

namespace Rollup.SettlementClient.Sync;

/// <summary>A committed, unproven batch dropped by revertBatches; its priority requests are pending again.</summary>
public sealed record BatchRevert(BatchRevertedEvent Event) : BatchUpdate(Event.BatchNumber);
