using Rollup.Prover.Curves;
using Rollup.Prover.Fields;
using Rollup.Prover.Hashing;

namespace Rollup.Prover.Groth16.Setup;

/// <summary>
/// A .zkey's section 10: the 64-byte circuit hash of the key before any contribution, then the
/// contributions in order. Immutable; <see cref="Append"/> gives the transcript one record longer.
/// </summary>
public sealed class Phase2Transcript
{
    // snarkjs' G2 cofactor, 2p − r: a point on the twist times it lies in G2.
    private static readonly System.Numerics.BigInteger G2Cofactor =
        2 * Fp.ModulusBigInteger - Rollup.Core.Fields.Fr.Modulus.ToBigInteger();

    public Phase2Transcript(ReadOnlyMemory<byte> circuitHash, IReadOnlyList<Phase2Contribution> contributions)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        if (circuitHash.Length != Blake2b.HashBytes) throw new ArgumentException($"the circuit hash has {Blake2b.HashBytes} bytes, not {circuitHash.Length}", nameof(circuitHash));
        foreach (var c in contributions)
        {
            ArgumentNullException.ThrowIfNull(c);
            if (c.Transcript.Length != Blake2b.HashBytes) throw new ArgumentException("a contribution transcript has 64 bytes", nameof(contributions));
        }
        CircuitHash = circuitHash.ToArray();
        Contributions = contributions.ToArray();
    }

    public ReadOnlyMemory<byte> CircuitHash { get; }

    public IReadOnlyList<Phase2Contribution> Contributions { get; }

    public Phase2Transcript Append(Phase2Contribution contribution)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        return new Phase2Transcript(CircuitHash, [.. Contributions, contribution]);
    }

    /// <summary>BLAKE2b over the circuit hash and the public keys of the first <paramref name="count"/> contributions: the prefix every next transcript extends.</summary>
    internal Blake2b AccumulatedHasher(int count)
    {
        var hasher = new Blake2b();
        hasher.Update(CircuitHash.Span);
        for (int i = 0; i < count; i++) TranscriptEncoding.HashPublicKey(hasher, Contributions[i]);
        return hasher;
    }

    /// <summary>
    /// snarkjs' hashToG2: ChaCha seeded with the transcript; x = two field elements (each a
    /// masked 254-bit draw, rejected if ≥ p and read as a Montgomery form), one bit choosing the
    /// sign of y, repeated until x³ + b' is a square; then times the cofactor into G2.
    /// </summary>
    public static G2Affine HashToG2(ReadOnlySpan<byte> transcript)
    {
        var rng = ChaChaRng.FromHash(transcript);
        while (true)
        {
            var x = new Fp2(RandomFp(rng), RandomFp(rng));
            bool greatest = rng.NextBool();
            if (!Fp2.TrySqrt(Fp2.Square(x) * x + G2.B, out var y)) continue;
            if (greatest ^ IsNegative(y)) y = -y;
            return G2.Multiply(new G2(x, y, Fp2.One), G2Cofactor).ToAffine();
        }
    }

    /// <summary>ffjavascript's Fp.fromRng: four 64-bit draws, low first, masked to 254 bits, below p, taken as Montgomery form.</summary>
    internal static Fp RandomFp(ChaChaRng rng)
    {
        while (true)
        {
            ulong l0 = rng.NextUInt64(), l1 = rng.NextUInt64(), l2 = rng.NextUInt64(), l3 = rng.NextUInt64();
            var v = new Rollup.Core.Fields.UInt256(l0, l1, l2, l3 & (ulong.MaxValue >> 2));
            if (Fp.TryFromMontgomery(v, out var f)) return f;
        }
    }

    /// <summary>ffjavascript's sign of an Fp2 element: that of c1, or of c0 when c1 = 0; "negative" is above (p−1)/2.</summary>
    private static bool IsNegative(in Fp2 v) => IsNegative(v.C1.IsZero ? v.C0 : v.C1);

    private static bool IsNegative(in Fp v) => v.ToBigInteger() > (Fp.ModulusBigInteger - 1) / 2;
}
