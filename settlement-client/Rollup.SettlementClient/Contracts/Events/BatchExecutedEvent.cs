using System.Numerics;

namespace Rollup.SettlementClient.Contracts.Events;

/// <summary>BatchExecuted: the L1 credits of a finalized batch were added to pending withdrawals.</summary>
public sealed record BatchExecutedEvent(LogPosition Position, ulong BatchNumber, ulong Credits, BigInteger Amount) : RollupEvent(Position);
