using System.Numerics;

namespace Rollup.SettlementClient.Contracts.Events;

/// <summary>The BatchHeader struct of a commitBatch call.</summary>
public sealed record CommittedBatchHeader(ulong BatchNumber, ulong PriorityFirst, ulong PriorityEnd, BigInteger OldRoot, BigInteger NewRoot);
