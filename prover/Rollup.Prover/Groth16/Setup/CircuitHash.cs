using Rollup.Prover.Curves;
using Rollup.Prover.Hashing;

namespace Rollup.Prover.Groth16.Setup;

/// <summary>
/// The 64-byte circuit hash that opens section 10, over a key before any contribution, in
/// snarkjs' order: α1, β1, β2, γ2, δ1, δ2, then each query as a big-endian u32 count followed
/// by its points (IC, H, C, A, B1, B2), all in the uncompressed transcript encoding. One
/// difference: snarkjs hashes the H part from its powers-of-tau file, (τ^(i+n) − τ^i)·G1 for
/// i &lt; n−1, which a setup without such a file has no counterpart of, so we hash the key's
/// n H points themselves.
/// </summary>
public static class CircuitHash
{
    public static byte[] Compute(ProvingKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var h = new Blake2b();
        TranscriptEncoding.HashG1(h, key.Alpha1);
        TranscriptEncoding.HashG1(h, key.Beta1);
        TranscriptEncoding.HashG2(h, key.Beta2);
        TranscriptEncoding.HashG2(h, key.Gamma2);
        TranscriptEncoding.HashG1(h, key.Delta1);
        TranscriptEncoding.HashG2(h, key.Delta2);
        HashG1Query(h, key.IC);
        HashG1Query(h, key.H);
        HashG1Query(h, key.C);
        HashG1Query(h, key.A);
        HashG1Query(h, key.B1);
        TranscriptEncoding.HashUInt32BigEndian(h, (uint)key.B2.Length);
        foreach (var p in key.B2) TranscriptEncoding.HashG2(h, p);
        return h.Digest();
    }

    private static void HashG1Query(Blake2b h, IReadOnlyList<G1Affine> points)
    {
        TranscriptEncoding.HashUInt32BigEndian(h, (uint)points.Count);
        foreach (var p in points) TranscriptEncoding.HashG1(h, p);
    }
}
