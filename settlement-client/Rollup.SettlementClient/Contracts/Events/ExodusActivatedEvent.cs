using System.Numerics;

namespace Rollup.SettlementClient.Contracts.Events;

/// <summary>ExodusActivated: a priority request passed its deadline; the contract now only lets users leave.</summary>
public sealed record ExodusActivatedEvent(
    LogPosition Position,
    ulong OverdueRequest,
    ulong Deadline,
    ulong FinalizedPriorityEnd,
    BigInteger ReclaimableDeposits) : RollupEvent(Position);
