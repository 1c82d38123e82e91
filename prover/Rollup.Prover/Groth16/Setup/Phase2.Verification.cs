using System.Security.Cryptography;
using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Fields;
using Rollup.Prover.Hashing;
using Rollup.Prover.Pairings;

namespace Rollup.Prover.Groth16.Setup;

public static partial class Phase2
{
    // Beacons iterate SHA-256 2^exp times; snarkjs allows any byte, we stop where checking takes hours.
    private const int MaxBeaconIterationsExp = 32;

    /// <summary>
    /// Checks a key's phase-2 transcript as snarkjs' <c>zkey verify</c> checks the contribution
    /// chain: every record's transcript hash, its proof of knowledge of d, δ after = d·δ before
    /// (starting from the generator), beacon keys, and that the key's δ1 and δ2 are the final δ.
    /// It does not re-derive the key from the circuit (that needs the initial key; see
    /// <see cref="VerifyAgainstInitial"/>).
    /// </summary>
    public static Phase2Check VerifyContributions(ProvingKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var transcript = key.Phase2;
        if (transcript is null) return new(Phase2Failure.NoTranscript, -1);
        if (transcript.Contributions.Count == 0 || key.LacksPhase2Contribution) return new(Phase2Failure.NoContribution, -1);

        var hasher = transcript.AccumulatedHasher(0);
        var delta = G1Affine.Generator;
        for (int i = 0; i < transcript.Contributions.Count; i++)
        {
            var c = transcript.Contributions[i];
            var ours = hasher.Clone();
            TranscriptEncoding.HashG1(ours, c.G1S);
            TranscriptEncoding.HashG1(ours, c.G1SX);
            if (!ours.Digest().AsSpan().SequenceEqual(c.Transcript.Span)) return new(Phase2Failure.TranscriptMismatch, i);

            var sp = Phase2Transcript.HashToG2(c.Transcript.Span);
            if (c.G1S.IsInfinity || c.G1SX.IsInfinity || c.G2SPX.IsInfinity || !c.G2SPX.IsInSubgroup || !SameRatio(c.G1S, c.G1SX, sp, c.G2SPX))
                return new(Phase2Failure.ProofOfKnowledgeFailed, i);
            if (c.DeltaAfter.IsInfinity || !SameRatio(delta, c.DeltaAfter, sp, c.G2SPX)) return new(Phase2Failure.DeltaChainBroken, i);
            if (c.Type == Phase2ContributionType.Beacon && !BeaconMatches(c)) return new(Phase2Failure.BeaconMismatch, i);

            TranscriptEncoding.HashPublicKey(hasher, c);
            delta = c.DeltaAfter;
        }
        if (key.Delta1 != delta || !key.Delta2.IsInSubgroup || !SameRatio(G1Affine.Generator, key.Delta1, G2Affine.Generator, key.Delta2))
            return new(Phase2Failure.KeyDeltaMismatch, -1);
        return Phase2Check.Valid;
    }

    /// <summary>
    /// Checks that <paramref name="final"/> came from <paramref name="initial"/> (e.g. the setup's
    /// output) through valid contributions only: the transcript extends the initial one and
    /// verifies (<see cref="VerifyContributions"/>), every part but δ, C and H is unchanged, and
    /// C and H were divided by the same secret δ was multiplied by, checked on random linear
    /// combinations: e(Σ ρ_i·C'_i, δ'2) = e(Σ ρ_i·C_i, δ2), likewise for H.
    /// </summary>
    public static Phase2Check VerifyAgainstInitial(ProvingKey initial, ProvingKey final)
    {
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(final);
        var check = VerifyContributions(final);
        if (!check.IsValid) return check;
        var before = initial.Phase2;
        var after = final.Phase2!;
        if (before is null || !before.CircuitHash.Span.SequenceEqual(after.CircuitHash.Span) || before.Contributions.Count > after.Contributions.Count)
            return new(Phase2Failure.TranscriptMismatch, -1);
        for (int i = 0; i < before.Contributions.Count; i++)
            if (!before.Contributions[i].Transcript.Span.SequenceEqual(after.Contributions[i].Transcript.Span))
                return new(Phase2Failure.TranscriptMismatch, i);
        int last = after.Contributions.Count - 1;
        var initialDelta = before.Contributions.Count == 0 ? G1Affine.Generator : before.Contributions[^1].DeltaAfter;
        if (initial.Delta1 != initialDelta) return new(Phase2Failure.KeyDeltaMismatch, -1);
        if (!SameCircuit(initial, final)) return new(Phase2Failure.CircuitMismatch, -1);
        if (!SameSecretScaling(initial.CQuery, initial.Delta2, final.CQuery, final.Delta2) ||
            !SameSecretScaling(initial.HQuery, initial.Delta2, final.HQuery, final.Delta2))
            return new(Phase2Failure.QueryMismatch, last);
        return Phase2Check.Valid;
    }

    private static bool SameCircuit(ProvingKey a, ProvingKey b)
    {
        if (a.VariableCount != b.VariableCount || a.PublicCount != b.PublicCount || a.DomainSize != b.DomainSize) return false;
        if (a.Alpha1 != b.Alpha1 || a.Beta1 != b.Beta1 || a.Beta2 != b.Beta2 || a.Gamma2 != b.Gamma2) return false;
        if (a.Coefficients.Count != b.Coefficients.Count) return false;
        for (int i = 0; i < a.Coefficients.Count; i++)
            if (a.Coefficients[i] != b.Coefficients[i]) return false;
        for (int i = 0; i < a.IC.Count; i++)
            if (a.IC[i] != b.IC[i]) return false;
        return a.AQuery.SequenceEqual(b.AQuery) && a.B1Query.SequenceEqual(b.B1Query) && a.B2Query.SequenceEqual(b.B2Query)
            && a.CQuery.Length == b.CQuery.Length && a.HQuery.Length == b.HQuery.Length;
    }

    /// <summary>
    /// e(Σ ρ_i·after_i, δ'2) = e(Σ ρ_i·before_i, δ2) for random ρ: if after_i = before_i·δ/δ'
    /// for every i this holds, and a single deviating point breaks it except with probability 1/r.
    /// </summary>
    private static bool SameSecretScaling(ReadOnlySpan<G1Affine> before, in G2Affine deltaBefore, ReadOnlySpan<G1Affine> after, in G2Affine deltaAfter)
    {
        if (before.Length != after.Length) return false;
        if (before.Length == 0) return true;
        var rho = new Fr[before.Length];
        for (int i = 0; i < rho.Length; i++) rho[i] = RandomScalar.Next();
        var sumBefore = Msm.Pippenger.Compute(before.ToArray(), rho).ToAffine();
        var sumAfter = Msm.Pippenger.Compute(after.ToArray(), rho).ToAffine();
        return Pairing.PairingCheck([(sumAfter, deltaAfter), (-sumBefore, deltaBefore)]);
    }

    /// <summary>e(a1, b2) = e(b1, a2): b1/a1 in G1 and b2/a2 in G2 are the same scalar.</summary>
    private static bool SameRatio(in G1Affine a1, in G1Affine b1, in G2Affine a2, in G2Affine b2) =>
        Pairing.PairingCheck([(a1, b2), (-b1, a2)]);

    /// <summary>
    /// A beacon's key is public: SHA-256 iterated 2^exp times over the beacon hash seeds
    /// ffjavascript's ChaCha, which yields d (Fr.fromRng) and then s·G1 (G1.fromRng).
    /// </summary>
    private static bool BeaconMatches(Phase2Contribution c)
    {
        if (c.BeaconHash.IsEmpty || c.NumIterationsExp is not { } exp || exp > MaxBeaconIterationsExp) return false;
        var hash = c.BeaconHash.ToArray();
        for (ulong i = 0; i < 1UL << exp; i++) hash = SHA256.HashData(hash);
        var rng = ChaChaRng.FromHash(hash);
        var d = RandomFr(rng);
        var g1S = RandomG1(rng);
        return c.G1S == g1S && c.G1SX == G1.Multiply(g1S.ToJacobian(), d).ToAffine();
    }

    /// <summary>ffjavascript's Fr.fromRng: a masked 254-bit draw below r, taken as a Montgomery form (value·2^-256).</summary>
    private static Fr RandomFr(ChaChaRng rng)
    {
        var inverseR = Fr.Inverse(Fr.FromBigInteger(System.Numerics.BigInteger.One << 256));
        while (true)
        {
            ulong l0 = rng.NextUInt64(), l1 = rng.NextUInt64(), l2 = rng.NextUInt64(), l3 = rng.NextUInt64();
            var v = new UInt256(l0, l1, l2, l3 & (ulong.MaxValue >> 2));
            if (Fr.TryFromCanonical(v, out var f)) return f * inverseR;
        }
    }

    /// <summary>ffjavascript's G1.fromRng: x from the generator, a sign bit, until x³ + 3 is a square.</summary>
    private static G1Affine RandomG1(ChaChaRng rng)
    {
        var half = (Fp.ModulusBigInteger - 1) / 2;
        while (true)
        {
            var x = Phase2Transcript.RandomFp(rng);
            bool greatest = rng.NextBool();
            if (!Fp.TrySqrt(Fp.Square(x) * x + G1.B, out var y)) continue;
            if (greatest ^ (y.ToBigInteger() > half)) y = -y;
            return new G1Affine(x, y);
        }
    }
}
