using System.Text.Json;
using Rollup.Core.Fields;
using Rollup.Prover.Formats;
using static Rollup.Cli.Tests.Zk.G16Files;

namespace Rollup.Cli.Tests.Zk;

public sealed class ZkProveTests
{
    [Fact]
    public void Prove_writes_a_proof_that_verifies_and_the_snarkjs_public_signals()
    {
        using var dir = new TempDirectory();
        var run = CliRun.Of("zk", "prove", G16("g16.zkey"), G16("g16.wtns"), dir.File("proof.json"), dir.File("public.json"));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(G16("public.json")).Trim(), File.ReadAllText(dir.File("public.json")).Trim());
        var verify = CliRun.Of("zk", "verify", G16("vk.json"), dir.File("public.json"), dir.File("proof.json"));
        Assert.Equal(0, verify.ExitCode);
    }

    [Fact]
    public void Prove_blinds_every_proof_afresh()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, CliRun.Of("zk", "prove", G16("g16.zkey"), G16("g16.wtns"), dir.File("p1.json"), dir.File("s1.json")).ExitCode);
        Assert.Equal(0, CliRun.Of("zk", "prove", G16("g16.zkey"), G16("g16.wtns"), dir.File("p2.json"), dir.File("s2.json")).ExitCode);
        Assert.NotEqual(File.ReadAllText(dir.File("p1.json")), File.ReadAllText(dir.File("p2.json")));
    }

    [Fact]
    public void Prove_refuses_a_witness_that_does_not_satisfy_the_circuit_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        var witness = WtnsFormat.Read(G16("g16.wtns"));
        int last = witness.Length - 1;
        witness[last] += Fr.One;
        File.WriteAllBytes(dir.File("bad.wtns"), WtnsFormat.Write(witness));
        var run = CliRun.Of("zk", "prove", G16("g16.zkey"), dir.File("bad.wtns"), dir.File("proof.json"), dir.File("public.json"));
        Assert.Equal(4, run.ExitCode);
        Assert.Contains("does not satisfy", run.Error);
        Assert.False(File.Exists(dir.File("proof.json")));
        Assert.False(File.Exists(dir.File("public.json")));
    }

    [Fact]
    public void Prove_refuses_a_witness_of_another_circuit_size()
    {
        using var dir = new TempDirectory();
        var witness = WtnsFormat.Read(G16("g16.wtns"));
        File.WriteAllBytes(dir.File("short.wtns"), WtnsFormat.Write(witness.AsSpan(0, witness.Length - 1)));
        var run = CliRun.Of("zk", "prove", G16("g16.zkey"), dir.File("short.wtns"), dir.File("proof.json"), dir.File("public.json"));
        Assert.Equal(4, run.ExitCode);
        Assert.Contains($"the key expects {witness.Length}", run.Error);
    }

    [Fact]
    public void Prove_reports_a_corrupt_key_with_exit_3()
    {
        using var dir = new TempDirectory();
        var bytes = File.ReadAllBytes(G16("g16.zkey"));
        File.WriteAllBytes(dir.File("cut.zkey"), bytes.AsSpan(0, bytes.Length / 2).ToArray());
        var run = CliRun.Of("zk", "prove", dir.File("cut.zkey"), G16("g16.wtns"), dir.File("proof.json"), dir.File("public.json"));
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("not a valid proving key", run.Error);
        Assert.Contains("failed", run.Error);
    }

    [Fact]
    public void Prove_output_is_parseable_snarkjs_json()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, CliRun.Of("zk", "prove", G16("g16.zkey"), G16("g16.wtns"), dir.File("proof.json"), dir.File("public.json")).ExitCode);
        using var doc = JsonDocument.Parse(File.ReadAllText(dir.File("proof.json")));
        Assert.Equal("groth16", doc.RootElement.GetProperty("protocol").GetString());
        Assert.Equal("bn128", doc.RootElement.GetProperty("curve").GetString());
    }
}
