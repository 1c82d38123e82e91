using System.Numerics;

namespace Rollup.SettlementClient.Contracts.Events;

/// <summary>A decoded commitBatch(header, pubdata, keyXs) call: everything needed to re-execute the batch.</summary>
public sealed record CommitBatchCall(CommittedBatchHeader Header, byte[] Pubdata, IReadOnlyList<BigInteger> KeyXs);
