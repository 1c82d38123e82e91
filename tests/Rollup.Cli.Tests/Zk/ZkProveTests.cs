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
    public void Prove_reports_a_query_point_off_the_curve_as_a_corrupt_key_and_writes_nothing()
    {
        // A[0] is multiplied by witness[0] = 1, so a wrong A[0] always changes the proof. The
        // prover reads query points without curve checks; the failing self-check must blame the key.
        using var dir = new TempDirectory();
        var bytes = File.ReadAllBytes(G16("g16.zkey"));
        int a0 = ZkeySection(bytes, 5);
        Assert.True(bytes.AsSpan(a0, 64).ContainsAnyExcept((byte)0)); // not infinity
        bytes[a0] ^= 1;
        File.WriteAllBytes(dir.File("bad.zkey"), bytes);
        var run = CliRun.Of("zk", "prove", dir.File("bad.zkey"), G16("g16.wtns"), dir.File("proof.json"), dir.File("public.json"));
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("the key is corrupt: zkey: G1 point", run.Error);
        Assert.DoesNotContain("does not satisfy", run.Error);
        Assert.False(File.Exists(dir.File("proof.json")));
        Assert.False(File.Exists(dir.File("public.json")));
    }

    [Fact]
    public void Prove_reports_a_query_coordinate_not_below_q_as_an_invalid_key()
    {
        using var dir = new TempDirectory();
        var bytes = File.ReadAllBytes(G16("g16.zkey"));
        bytes.AsSpan(ZkeySection(bytes, 9), 32).Fill(0xff); // H[0].x
        File.WriteAllBytes(dir.File("bad.zkey"), bytes);
        var run = CliRun.Of("zk", "prove", dir.File("bad.zkey"), G16("g16.wtns"), dir.File("proof.json"), dir.File("public.json"));
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("not a valid proving key (.zkey): zkey H: point 0 has a coordinate not below q", run.Error);
        Assert.False(File.Exists(dir.File("proof.json")));
    }

    [Fact]
    public void Prove_reports_a_missing_key_with_exit_3()
    {
        using var dir = new TempDirectory();
        var run = CliRun.Of("zk", "prove", dir.File("none.zkey"), G16("g16.wtns"), dir.File("proof.json"), dir.File("public.json"));
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("proving key (.zkey) not found", run.Error);
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

    /// <summary>Offset of a section's payload, found by walking the section headers.</summary>
    private static int ZkeySection(byte[] data, uint type)
    {
        int count = BitConverter.ToInt32(data, 8);
        int pos = 12;
        for (int i = 0; i < count; i++)
        {
            uint t = BitConverter.ToUInt32(data, pos);
            long size = BitConverter.ToInt64(data, pos + 4);
            if (t == type) return pos + 12;
            pos += 12 + (int)size;
        }
        throw new InvalidOperationException($"section {type} not found");
    }
}
