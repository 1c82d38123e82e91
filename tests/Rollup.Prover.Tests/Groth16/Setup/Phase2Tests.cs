using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Fields;
using Rollup.Prover.Groth16;
using Rollup.Prover.Groth16.Setup;
using Rollup.Prover.Tests.Formats;

namespace Rollup.Prover.Tests.Groth16.Setup;

public class Phase2Tests
{
    [Fact]
    public void Snarkjs_contribution_in_g16_zkey_verifies()
    {
        // Recomputes snarkjs' BLAKE2b transcript and its ChaCha hash-to-G2: both must match bit for bit.
        var key = G16Zkey.Key;
        Assert.Single(key.Phase2!.Contributions);
        Assert.Equal(Phase2Check.Valid, Phase2.VerifyContributions(key));
    }

    [Fact]
    public void Contribution_multiplies_delta_and_divides_c_and_h_by_the_secret()
    {
        var before = SetupCircuits.GadgetInitialKey;
        Fr d = Fr.Parse("31415926535897932384626433832795028841971"), s = 27182818;
        var after = Phase2.Contribute(before, d, s, "pi");
        Assert.Equal(G1.Multiply(before.Delta1.ToJacobian(), d).ToAffine(), after.Delta1);
        Assert.Equal(G2.Multiply(before.Delta2.ToJacobian(), d).ToAffine(), after.Delta2);
        foreach (int i in new[] { 0, 7, after.CQuery.Length - 1 })
            Assert.Equal(before.CQuery[i], G1.Multiply(after.CQuery[i].ToJacobian(), d).ToAffine());
        foreach (int i in new[] { 0, 100, after.HQuery.Length - 1 })
            Assert.Equal(before.HQuery[i], G1.Multiply(after.HQuery[i].ToJacobian(), d).ToAffine());
        Assert.True(after.AQuery.SequenceEqual(before.AQuery));
        Assert.Equal(before.IC, after.IC);

        var record = Assert.Single(after.Phase2!.Contributions);
        Assert.Equal("pi", record.Name);
        Assert.Equal(after.Delta1, record.DeltaAfter);
        Assert.Equal(G1.Multiply(G1.Generator, s).ToAffine(), record.G1S);
        Assert.Equal(Phase2Check.Valid, Phase2.VerifyContributions(after));
        Assert.Equal(Phase2Check.Valid, Phase2.VerifyAgainstInitial(before, after));
    }

    [Fact]
    public void Chained_contributions_verify_and_still_prove()
    {
        var initial = SetupCircuits.GadgetInitialKey;
        var once = SetupCircuits.GadgetKey;
        var twice = Phase2.Contribute(once, "second contributor's dice rolls"u8, "second");
        Assert.Equal(2, twice.Phase2!.Contributions.Count);
        Assert.Equal(Phase2Check.Valid, Phase2.VerifyContributions(twice));
        Assert.Equal(Phase2Check.Valid, Phase2.VerifyAgainstInitial(initial, twice));
        Assert.Equal(Phase2Check.Valid, Phase2.VerifyAgainstInitial(once, twice));
        Assert.NotEqual(once.Delta2, twice.Delta2);

        var witness = SetupCircuits.GadgetSystem.Witness();
        var proof = Groth16Prover.Prove(twice, witness);
        Assert.Equal(VerificationFailure.None, Groth16Verifier.Verify(twice.ToVerifyingKey(), proof, Groth16Prover.PublicSignals(twice, witness)));
        // The previous key's verifying key does not accept proofs made with the new one.
        Assert.Equal(VerificationFailure.PairingFailed, Groth16Verifier.Verify(once.ToVerifyingKey(), proof, Groth16Prover.PublicSignals(twice, witness)));
    }

    [Fact]
    public void Tampered_contribution_records_are_detected()
    {
        var key = SetupCircuits.GadgetKey;
        var transcript = key.Phase2!;
        var record = transcript.Contributions[0];

        var badTranscript = record.Transcript.ToArray();
        badTranscript[5] ^= 1;
        Assert.Equal(new Phase2Check(Phase2Failure.TranscriptMismatch, 0), Phase2.VerifyContributions(WithRecord(key, record with { Transcript = badTranscript })));

        var otherG2 = G2.Multiply(record.G2SPX.ToJacobian(), Fr.FromUInt64(2)).ToAffine();
        Assert.Equal(new Phase2Check(Phase2Failure.ProofOfKnowledgeFailed, 0), Phase2.VerifyContributions(WithRecord(key, record with { G2SPX = otherG2 })));

        // δ moved without a matching record: what a forger would need.
        var forged = key.WithPhase2(G1Affine.Generator, key.Delta2, key.C, key.H, transcript);
        Assert.Equal(Phase2Failure.KeyDeltaMismatch, Phase2.VerifyContributions(forged).Failure);
    }

    [Fact]
    public void Queries_not_divided_by_the_contributed_secret_are_detected()
    {
        var initial = SetupCircuits.GadgetInitialKey;
        var key = SetupCircuits.GadgetKey;
        // The contributed δ with the initial C query: every record verifies, the queries do not.
        var stale = key.WithPhase2(key.Delta1, key.Delta2, initial.C, key.H, key.Phase2!);
        Assert.Equal(Phase2Check.Valid, Phase2.VerifyContributions(stale));
        Assert.Equal(Phase2Failure.QueryMismatch, Phase2.VerifyAgainstInitial(initial, stale).Failure);

        var h = (G1Affine[])key.H.Clone();
        h[3] = G1Affine.Generator;
        var oneBadPoint = key.WithPhase2(key.Delta1, key.Delta2, key.C, h, key.Phase2!);
        Assert.Equal(Phase2Failure.QueryMismatch, Phase2.VerifyAgainstInitial(initial, oneBadPoint).Failure);

        var otherCircuit = Groth16Setup.InsecureDevelopmentSetup(SetupCircuits.Gadgets(1, 2, 3));
        Assert.NotEqual(Phase2Failure.None, Phase2.VerifyAgainstInitial(otherCircuit, key).Failure);
    }

    [Fact]
    public void Contributing_to_the_snarkjs_key_keeps_its_witness_proving()
    {
        var snarkjs = G16Zkey.Key;
        var ours = Phase2.Contribute(snarkjs, "on top of snarkjs");
        Assert.Equal(2, ours.Phase2!.Contributions.Count);
        Assert.Equal(Phase2Check.Valid, Phase2.VerifyAgainstInitial(snarkjs, ours));
        var witness = G16Vectors.Witness;
        var proof = Groth16Prover.Prove(ours, witness);
        Assert.Equal(VerificationFailure.None, Groth16Verifier.Verify(ours.ToVerifyingKey(), proof, Groth16Prover.PublicSignals(ours, witness)));
    }

    [Fact]
    public void Contribution_names_longer_than_snarkjs_keeps_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Phase2.Contribute(SetupCircuits.GadgetInitialKey, new string('x', 65)));
    }

    [Fact]
    public void Hash_to_g2_lands_in_the_subgroup()
    {
        var p = Phase2Transcript.HashToG2(new byte[64]);
        Assert.True(p.IsOnCurve);
        Assert.True(p.IsInSubgroup);
        Assert.False(p.IsInfinity);
        Assert.NotEqual(p, Phase2Transcript.HashToG2(Enumerable.Repeat((byte)1, 64).ToArray()));
    }

    private static ProvingKey WithRecord(ProvingKey key, Phase2Contribution record) =>
        key.WithPhase2(key.Delta1, key.Delta2, key.C, key.H, new Phase2Transcript(key.Phase2!.CircuitHash, [record]));
}
