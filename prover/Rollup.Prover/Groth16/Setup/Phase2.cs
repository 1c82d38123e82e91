using System.Security.Cryptography;
using System.Text;
using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Hashing;
using Rollup.Prover.Msm;

namespace Rollup.Prover.Groth16.Setup;

/// <summary>
/// Phase-2 contributions to a Groth16 key, as snarkjs' <c>zkey contribute</c> makes them: a
/// fresh secret d multiplies δ (in G1 and G2) and divides the C and H queries, and a record with
/// a proof of knowledge of d is appended to the transcript. One honest contributor suffices for
/// the key to be sound; d is dropped when the step ends.
/// </summary>
public static partial class Phase2
{
    /// <summary>snarkjs keeps the first 64 characters of a contributor's name.</summary>
    public const int MaxNameLength = 64;

    /// <summary>A contribution with a secret drawn from the system CSPRNG.</summary>
    public static ProvingKey Contribute(ProvingKey key, string? name = null) =>
        Contribute(key, ReadOnlySpan<byte>.Empty, name);

    /// <summary>
    /// A contribution whose secret is derived from the system CSPRNG and
    /// <paramref name="extraEntropy"/> (e.g. text a contributor typed), hashed together: the
    /// secret stays unpredictable if either source is.
    /// </summary>
    public static ProvingKey Contribute(ProvingKey key, ReadOnlySpan<byte> extraEntropy, string? name = null)
    {
        Span<byte> seed = stackalloc byte[Blake2b.HashBytes];
        RandomNumberGenerator.Fill(seed);
        var hasher = new Blake2b();
        hasher.Update(seed);
        hasher.Update(extraEntropy);
        var mixed = hasher.Digest();
        var d = Derive(mixed, 1);
        var s = Derive(mixed, 2);
        CryptographicOperations.ZeroMemory(seed);
        CryptographicOperations.ZeroMemory(mixed);
        return Contribute(key, d, s, name);
    }

    /// <summary>The contribution with secret d and proof-of-knowledge base s·G1, for tests that need to know them.</summary>
    internal static ProvingKey Contribute(ProvingKey key, in Fr d, in Fr s, string? name)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (d.IsZero || s.IsZero) throw new ArgumentException("the contribution secrets must be non-zero");
        var transcript = key.Phase2 ?? throw new ArgumentException("the key has no phase-2 transcript (section 10) to extend", nameof(key));
        ValidateName(name);

        var g1S = G1.Multiply(G1.Generator, s).ToAffine();
        var g1SX = G1.Multiply(g1S.ToJacobian(), d).ToAffine();
        var hasher = transcript.AccumulatedHasher(transcript.Contributions.Count);
        TranscriptEncoding.HashG1(hasher, g1S);
        TranscriptEncoding.HashG1(hasher, g1SX);
        var digest = hasher.Digest();
        var g2SPX = G2.Multiply(Phase2Transcript.HashToG2(digest).ToJacobian(), d).ToAffine();

        var delta1 = G1.Multiply(key.Delta1.ToJacobian(), d).ToAffine();
        var delta2 = G2.Multiply(key.Delta2.ToJacobian(), d).ToAffine();
        var dInverse = Fr.Inverse(d);
        var c = SharedScalarMultiplication.MultiplyAll(key.CQuery, dInverse);
        var h = SharedScalarMultiplication.MultiplyAll(key.HQuery, dInverse);

        var record = new Phase2Contribution(delta1, g1S, g1SX, g2SPX, digest, Phase2ContributionType.Contribution, name);
        return key.WithPhase2(delta1, delta2, c, h, transcript.Append(record));
    }

    private static void ValidateName(string? name)
    {
        if (name is null) return;
        if (name.Length > MaxNameLength) throw new ArgumentException($"a contribution name has at most {MaxNameLength} characters", nameof(name));
        if (Encoding.UTF8.GetByteCount(name) > byte.MaxValue) throw new ArgumentException("a contribution name has at most 255 UTF-8 bytes", nameof(name));
    }

    /// <summary>A non-zero scalar from the seed and a label, by BLAKE2b-512 reduced mod r.</summary>
    private static Fr Derive(ReadOnlySpan<byte> seed, byte label)
    {
        for (byte counter = 0; ; counter++)
        {
            var hasher = new Blake2b();
            hasher.Update(seed);
            hasher.Update([label, counter]);
            var wide = hasher.Digest();
            var v = RandomScalar.FromWideBytes(wide);
            CryptographicOperations.ZeroMemory(wide);
            if (!v.IsZero) return v;
        }
    }
}
