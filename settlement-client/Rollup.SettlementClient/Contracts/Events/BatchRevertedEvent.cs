using System.Numerics;

namespace Rollup.SettlementClient.Contracts.Events;

/// <summary>BatchReverted: a committed, unproven batch was dropped (revertBatches emits these newest first).</summary>
public sealed record BatchRevertedEvent(LogPosition Position, ulong BatchNumber, BigInteger Commitment) : RollupEvent(Position);
