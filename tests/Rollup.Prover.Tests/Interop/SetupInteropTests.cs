using System.Numerics;
using System.Text.Json;
using Rollup.Prover.Formats;
using Rollup.Prover.Groth16;
using Rollup.Prover.Groth16.Setup;
using Rollup.Prover.Tests.Formats;
using Rollup.Prover.Tests.Groth16.Setup;

namespace Rollup.Prover.Tests.Interop;

/// <summary>Keys from our setup and contribution, used by snarkjs itself (a ~290-constraint circuit from our builder).</summary>
public sealed class SetupInteropTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("snarkjs-setup-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    private string Write(string name, string text)
    {
        File.WriteAllText(PathOf(name), text);
        return PathOf(name);
    }

    private string Write(string name, byte[] bytes)
    {
        File.WriteAllBytes(PathOf(name), bytes);
        return PathOf(name);
    }

    /// <summary>A 64-byte hash as snarkjs logs it: the title, then four lines of four 8-digit hex words.</summary>
    private static string PrintedHash(string output, string title)
    {
        int start = output.IndexOf(title, StringComparison.Ordinal);
        Assert.True(start >= 0, output);
        var words = output[(start + title.Length)..].Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Take(16).ToArray();
        Assert.All(words, w => Assert.Matches("^[0-9a-f]{8}$", w));
        return string.Concat(words);
    }

    private static void Succeeds((int ExitCode, string Output) run) => Assert.True(run.ExitCode == 0, run.Output);

    [Fact]
    public void Snarkjs_exports_our_verification_key_json_from_our_zkey()
    {
        var key = SetupCircuits.GadgetKey;
        var zkey = Write("our.zkey", ZkeyWriter.Write(key));
        Succeeds(SnarkjsCli.Run("zkey", "export", "verificationkey", zkey, PathOf("vk.json")));
        Assert.Equal(File.ReadAllText(PathOf("vk.json")), SnarkjsJson.WriteVerificationKey(key.ToVerifyingKey()));
    }

    [Fact]
    public void Snarkjs_proves_with_our_zkey_and_our_verifier_accepts_the_proof()
    {
        var key = SetupCircuits.GadgetKey;
        var witness = SetupCircuits.GadgetSystem.Witness();
        var zkey = Write("our.zkey", ZkeyWriter.Write(key));
        var wtns = Write("our.wtns", WtnsFormat.Write(witness));
        Succeeds(SnarkjsCli.Run("groth16", "prove", zkey, wtns, PathOf("proof.json"), PathOf("public.json")));

        using var proofJson = JsonDocument.Parse(File.ReadAllText(PathOf("proof.json")));
        using var publicJson = JsonDocument.Parse(File.ReadAllText(PathOf("public.json")));
        var proof = SnarkjsJson.ReadProof(proofJson.RootElement);
        var inputs = SnarkjsJson.ReadPublicInputs(publicJson.RootElement);
        Assert.Equal(Groth16Prover.PublicSignals(key, witness), inputs);
        Assert.Equal(VerificationFailure.None, Groth16Verifier.Verify(key.ToVerifyingKey(), proof, inputs));
        inputs[1] += 1;
        Assert.Equal(VerificationFailure.PairingFailed, Groth16Verifier.Verify(key.ToVerifyingKey(), proof, inputs));
    }

    [Fact]
    public void Snarkjs_verifies_our_proof_against_our_verification_key_json()
    {
        var key = SetupCircuits.GadgetKey;
        var witness = SetupCircuits.GadgetSystem.Witness();
        var proof = Groth16Prover.Prove(key, witness);
        BigInteger[] inputs = Groth16Prover.PublicSignals(key, witness);
        var vk = Write("vk.json", SnarkjsJson.WriteVerificationKey(key.ToVerifyingKey()));
        var proofPath = Write("proof.json", SnarkjsJson.WriteProof(proof));

        var ok = SnarkjsCli.Run("groth16", "verify", vk, Write("public.json", SnarkjsJson.WritePublicInputs(inputs)), proofPath);
        Succeeds(ok);
        Assert.Contains("OK", ok.Output);

        inputs[0] += 1;
        var bad = SnarkjsCli.Run("groth16", "verify", vk, Write("public-tampered.json", SnarkjsJson.WritePublicInputs(inputs)), proofPath);
        Assert.True(bad.ExitCode != 0, bad.Output);
        Assert.Contains("Invalid proof", bad.Output);
    }

    [Fact]
    public void Snarkjs_contributes_to_our_key_and_we_verify_and_prove_with_the_result()
    {
        var initial = SetupCircuits.GadgetInitialKey;
        var ours = SetupCircuits.GadgetKey;
        var zkey = Write("our.zkey", ZkeyWriter.Write(ours));
        var run = SnarkjsCli.Run("zkey", "contribute", zkey, PathOf("theirs.zkey"), "--name=snarkjs", "-e=interop test entropy");
        Succeeds(run);

        var theirs = ZkeyReader.Read(PathOf("theirs.zkey"));
        Assert.Equal(2, theirs.Phase2!.Contributions.Count);
        Assert.Equal("snarkjs", theirs.Phase2.Contributions[1].Name);
        Assert.Equal(PrintedHash(run.Output, "Contribution Hash:"), Convert.ToHexStringLower(theirs.Phase2.Contributions[1].ContributionHash()));
        Assert.Equal(PrintedHash(run.Output, "Circuit Hash:"), Convert.ToHexStringLower(ours.Phase2!.CircuitHash.Span));
        // snarkjs' record hashes ours (incl. our G2 encoding) into its transcript: that it verifies shows both agree.
        Assert.Equal(Phase2Check.Valid, Phase2.VerifyAgainstInitial(initial, theirs));

        var witness = SetupCircuits.GadgetSystem.Witness();
        var proof = Groth16Prover.Prove(theirs, witness);
        Assert.Equal(VerificationFailure.None, Groth16Verifier.Verify(theirs.ToVerifyingKey(), proof, Groth16Prover.PublicSignals(theirs, witness)));
    }

    [Fact]
    public void Snarkjs_beacon_on_our_key_verifies_and_a_forged_beacon_does_not()
    {
        var zkey = Write("our.zkey", ZkeyWriter.Write(SetupCircuits.GadgetKey));
        const string beacon = "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20";
        Succeeds(SnarkjsCli.Run("zkey", "beacon", zkey, PathOf("beacon.zkey"), beacon, "10", "--name=final beacon"));

        var key = ZkeyReader.Read(PathOf("beacon.zkey"));
        var record = key.Phase2!.Contributions[^1];
        Assert.Equal(Phase2ContributionType.Beacon, record.Type);
        Assert.Equal((byte)10, record.NumIterationsExp);
        Assert.Equal(Convert.FromHexString(beacon), record.BeaconHash.ToArray());
        // Our check re-derives the beacon's key (2^10 SHA-256 rounds, ChaCha, Fr and G1 from the generator).
        Assert.Equal(Phase2Check.Valid, Phase2.VerifyAgainstInitial(SetupCircuits.GadgetInitialKey, key));

        var otherHash = Convert.FromHexString(beacon);
        otherHash[0] ^= 1;
        var forged = key.WithPhase2(key.Delta1, key.Delta2, key.C, key.H,
            new Phase2Transcript(key.Phase2.CircuitHash, [key.Phase2.Contributions[0], record with { BeaconHash = otherHash }]));
        Assert.Equal(new Phase2Check(Phase2Failure.BeaconMismatch, 1), Phase2.VerifyContributions(forged));
    }
}
