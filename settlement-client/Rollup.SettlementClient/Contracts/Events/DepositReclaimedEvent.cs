using Rollup.Core.Ethereum;

namespace Rollup.SettlementClient.Contracts.Events;

/// <summary>DepositReclaimed: in exodus, a deposit no finalized batch consumed was paid back.</summary>
public sealed record DepositReclaimedEvent(LogPosition Position, ulong Index, L1Address To, ulong Amount) : RollupEvent(Position);
