using Rollup.SettlementClient.Contracts.Events;

namespace Rollup.SettlementClient.Sync;

/// <summary>A finalized batch whose L1 credits were paid into pending withdrawals.</summary>
public sealed record BatchExecution(BatchExecutedEvent Event) : BatchUpdate(Event.BatchNumber);
