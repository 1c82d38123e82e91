using System.Numerics;

namespace Rollup.SettlementClient.Contracts.Events;

/// <summary>BatchProven: the batch is final; its root and commitment as stored.</summary>
public sealed record BatchProvenEvent(LogPosition Position, ulong BatchNumber, BigInteger Root, BigInteger Commitment) : RollupEvent(Position);
