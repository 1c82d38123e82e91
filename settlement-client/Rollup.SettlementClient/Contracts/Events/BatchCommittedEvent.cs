using System.Numerics;

namespace Rollup.SettlementClient.Contracts.Events;

/// <summary>BatchCommitted: the batch's new root, its commitment (the proof's public input) and the priority range it consumed.</summary>
public sealed record BatchCommittedEvent(
    LogPosition Position,
    ulong BatchNumber,
    BigInteger NewRoot,
    BigInteger Commitment,
    ulong PriorityFirst,
    ulong PriorityEnd) : RollupEvent(Position);
