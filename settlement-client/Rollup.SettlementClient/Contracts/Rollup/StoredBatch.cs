using Rollup.Core.Fields;

namespace Rollup.SettlementClient.Contracts.Rollup;

/// <summary>
/// OptionsRollup.batches(n): the batch's state root and commitment (the proof's public input),
/// the keccak chain of its L1 credits (32 zero bytes if none), the end of the priority range it
/// consumed, and whether its credits were executed. An unknown batch reads as all zeros.
/// </summary>
public sealed record StoredBatch(Fr Root, Fr Commitment, byte[] CreditsHash, ulong PriorityEnd, bool Executed)
{
    public bool HasCredits => CreditsHash.AsSpan().ContainsAnyExcept((byte)0);
}
