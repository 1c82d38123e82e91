using Rollup.Prover.Curves;

namespace Rollup.Prover.Groth16.Setup;

/// <summary>
/// One phase-2 contribution as snarkjs records it in a .zkey's section 10. The contributor's
/// secret d is proved known by the pair (s·G1, d·s·G1) and d·H(transcript) in G2:
/// e(G1S, d·sp) = e(d·s·G1, sp) with sp = <see cref="Phase2Transcript.HashToG2"/>(Transcript),
/// and δ after = d·δ before. <see cref="Transcript"/> is BLAKE2b-512 over the circuit hash,
/// every earlier contribution's public key and this G1S, G1SX: it chains the records.
/// </summary>
public sealed record Phase2Contribution(
    G1Affine DeltaAfter,
    G1Affine G1S,
    G1Affine G1SX,
    G2Affine G2SPX,
    ReadOnlyMemory<byte> Transcript,
    Phase2ContributionType Type,
    string? Name = null,
    byte? NumIterationsExp = null,
    ReadOnlyMemory<byte> BeaconHash = default)
{
    /// <summary>snarkjs' "contribution hash": BLAKE2b-512 of this record's public key, what a contributor publishes.</summary>
    public byte[] ContributionHash()
    {
        var hasher = new Hashing.Blake2b();
        TranscriptEncoding.HashPublicKey(hasher, this);
        return hasher.Digest();
    }
}
