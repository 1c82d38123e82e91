using System.Numerics;

namespace Rollup.SettlementClient.Contracts.Rollup;

/// <summary>Whether exodus mode is on, the first request no finalized batch consumed (fixed at activation) and the deposits still reclaimable.</summary>
public sealed record ExodusState(bool Active, ulong PriorityFirst, BigInteger ReclaimableDeposits);
