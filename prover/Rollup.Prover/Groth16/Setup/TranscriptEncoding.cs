using Rollup.Prover.Curves;
using Rollup.Prover.Fields;
using Rollup.Prover.Hashing;

namespace Rollup.Prover.Groth16.Setup;

/// <summary>
/// The point encoding snarkjs hashes into phase-2 transcripts (ffjavascript's "uncompressed"
/// form): coordinates in standard form, big-endian; an Fp2 element as c1 then c0 (the
/// little-endian pair reversed byte by byte); the point at infinity as zeros.
/// </summary>
internal static class TranscriptEncoding
{
    public const int G1Bytes = 64, G2Bytes = 128;

    public static void HashG1(Blake2b hasher, in G1Affine p)
    {
        Span<byte> buffer = stackalloc byte[G1Bytes];
        if (!p.IsInfinity)
        {
            p.X.WriteBigEndian(buffer);
            p.Y.WriteBigEndian(buffer[32..]);
        }
        hasher.Update(buffer);
    }

    public static void HashG2(Blake2b hasher, in G2Affine p)
    {
        Span<byte> buffer = stackalloc byte[G2Bytes];
        if (!p.IsInfinity)
        {
            WriteFp2(buffer, p.X);
            WriteFp2(buffer[64..], p.Y);
        }
        hasher.Update(buffer);
    }

    public static void HashUInt32BigEndian(Blake2b hasher, uint value)
    {
        Span<byte> buffer = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(buffer, value);
        hasher.Update(buffer);
    }

    /// <summary>snarkjs' hashPubKey: δ after, s·G1, d·s·G1, d·sp, then the transcript bytes.</summary>
    public static void HashPublicKey(Blake2b hasher, Phase2Contribution c)
    {
        HashG1(hasher, c.DeltaAfter);
        HashG1(hasher, c.G1S);
        HashG1(hasher, c.G1SX);
        HashG2(hasher, c.G2SPX);
        hasher.Update(c.Transcript.Span);
    }

    private static void WriteFp2(Span<byte> destination, in Fp2 v)
    {
        v.C1.WriteBigEndian(destination);
        v.C0.WriteBigEndian(destination[32..]);
    }
}
