using Rollup.Prover.Formats;
using Rollup.Prover.Groth16.Setup;
using static Rollup.Cli.Tests.Zk.G16Files;

namespace Rollup.Cli.Tests.Zk;

public sealed class ZkSetupTests
{
    [Fact]
    public void Setup_writes_a_usable_contributed_key_and_its_verification_key()
    {
        using var dir = new TempDirectory();
        var setup = CliRun.Of("zk", "setup", G16("g16.r1cs"), dir.Path);
        Assert.Equal(0, setup.ExitCode);
        Assert.Contains("INSECURE", setup.Error);

        var initial = ZkeyReader.Read(Path.Combine(dir.Path, "circuit_0000.zkey"));
        var final = ZkeyReader.Read(Path.Combine(dir.Path, "circuit_final.zkey"));
        Assert.True(initial.LacksPhase2Contribution);
        Assert.False(final.LacksPhase2Contribution);
        Assert.True(Phase2.VerifyAgainstInitial(initial, final).IsValid);
        Assert.Equal(SnarkjsJson.WriteVerificationKey(final.ToVerifyingKey()), File.ReadAllText(Path.Combine(dir.Path, "verification_key.json")));

        var prove = CliRun.Of("zk", "prove", Path.Combine(dir.Path, "circuit_final.zkey"), G16("g16.wtns"), dir.File("proof.json"), dir.File("public.json"));
        Assert.Equal(0, prove.ExitCode);
        var verify = CliRun.Of("zk", "verify", Path.Combine(dir.Path, "verification_key.json"), dir.File("public.json"), dir.File("proof.json"));
        Assert.Equal(0, verify.ExitCode);
        // The shared snarkjs proof was made with another key: it must not verify against ours.
        Assert.Equal(1, CliRun.Of("zk", "verify", Path.Combine(dir.Path, "verification_key.json"), G16("public.json"), G16("proof.json")).ExitCode);
    }

    [Fact]
    public void Prove_refuses_the_uncontributed_initial_key_with_exit_4()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, CliRun.Of("zk", "setup", G16("g16.r1cs"), dir.Path).ExitCode);
        var prove = CliRun.Of("zk", "prove", Path.Combine(dir.Path, "circuit_0000.zkey"), G16("g16.wtns"), dir.File("proof.json"), dir.File("public.json"));
        Assert.Equal(4, prove.ExitCode);
        Assert.Contains("no phase-2 contribution", prove.Error);
        Assert.False(File.Exists(dir.File("proof.json")));
    }

    [Fact]
    public void Contribute_extends_the_transcript_and_keeps_the_circuit()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, CliRun.Of("zk", "setup", G16("g16.r1cs"), dir.Path).ExitCode);
        var run = CliRun.Of("zk", "contribute", Path.Combine(dir.Path, "circuit_final.zkey"), dir.File("next.zkey"), "--name", "second", "--entropy", "typed noise");
        Assert.Equal(0, run.ExitCode);
        var initial = ZkeyReader.Read(Path.Combine(dir.Path, "circuit_0000.zkey"));
        var before = ZkeyReader.Read(Path.Combine(dir.Path, "circuit_final.zkey"));
        var next = ZkeyReader.Read(dir.File("next.zkey"));
        Assert.Equal(before.Phase2!.Contributions.Count + 1, next.Phase2!.Contributions.Count);
        Assert.NotEqual(before.Delta2, next.Delta2);
        Assert.True(Phase2.VerifyAgainstInitial(initial, next).IsValid);
        Assert.Equal(0, CliRun.Of("zk", "prove", dir.File("next.zkey"), G16("g16.wtns"), dir.File("proof.json"), dir.File("public.json")).ExitCode);
    }

    [Fact]
    public void Contribute_refuses_a_key_whose_transcript_was_tampered_with()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, CliRun.Of("zk", "setup", G16("g16.r1cs"), dir.Path).ExitCode);
        var bytes = File.ReadAllBytes(Path.Combine(dir.Path, "circuit_final.zkey"));
        // The transcript (section 10) is the file's tail; flip a byte inside its last record.
        bytes[^40] ^= 0x01;
        File.WriteAllBytes(dir.File("tampered.zkey"), bytes);
        var run = CliRun.Of("zk", "contribute", dir.File("tampered.zkey"), dir.File("next.zkey"));
        Assert.NotEqual(0, run.ExitCode);
        Assert.True(run.ExitCode is 3 or 4, run.Error);
        Assert.False(File.Exists(dir.File("next.zkey")));
    }

    [Fact]
    public void Setup_reports_a_missing_circuit_with_exit_3()
    {
        using var dir = new TempDirectory();
        var run = CliRun.Of("zk", "setup", dir.File("none.r1cs"), dir.Path);
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("not found", run.Error);
    }
}
