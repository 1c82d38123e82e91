using System.Text.Json.Nodes;
using static Rollup.Cli.Tests.Zk.G16Files;

namespace Rollup.Cli.Tests.Zk;

public sealed class ZkVerifyTests
{
    [Fact]
    public void Verify_accepts_the_snarkjs_proof_with_exit_0()
    {
        var run = CliRun.Of("zk", "verify", G16("vk.json"), G16("public.json"), G16("proof.json"));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("valid", run.Out.Trim());
    }

    [Fact]
    public void Verify_rejects_a_changed_public_signal_with_exit_1()
    {
        using var dir = new TempDirectory();
        var signals = JsonNode.Parse(File.ReadAllText(G16("public.json")))!.AsArray();
        signals[0] = (System.Numerics.BigInteger.Parse(signals[0]!.GetValue<string>()) + 1).ToString();
        File.WriteAllText(dir.File("public.json"), signals.ToJsonString());
        var run = CliRun.Of("zk", "verify", G16("vk.json"), dir.File("public.json"), G16("proof.json"));
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("invalid: the pairing check failed", run.Out.Trim());
    }

    [Fact]
    public void Verify_rejects_a_public_signal_plus_r_with_exit_1()
    {
        using var dir = new TempDirectory();
        var r = System.Numerics.BigInteger.Parse("21888242871839275222246405745257275088548364400416034343698204186575808495617");
        var signals = JsonNode.Parse(File.ReadAllText(G16("public.json")))!.AsArray();
        signals[0] = (System.Numerics.BigInteger.Parse(signals[0]!.GetValue<string>()) + r).ToString();
        File.WriteAllText(dir.File("public.json"), signals.ToJsonString());
        var run = CliRun.Of("zk", "verify", G16("vk.json"), dir.File("public.json"), G16("proof.json"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not below the scalar field modulus", run.Out);
    }

    [Fact]
    public void Verify_refuses_a_key_without_phase2_contribution_with_exit_4()
    {
        using var dir = new TempDirectory();
        var vk = JsonNode.Parse(File.ReadAllText(G16("vk.json")))!.AsObject();
        vk["vk_delta_2"] = vk["vk_gamma_2"]!.DeepClone();
        File.WriteAllText(dir.File("vk.json"), vk.ToJsonString());
        var run = CliRun.Of("zk", "verify", dir.File("vk.json"), G16("public.json"), G16("proof.json"));
        Assert.Equal(4, run.ExitCode);
        Assert.Contains("no phase-2 contribution", run.Error);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("{\"protocol\":\"groth16\",\"curve\":\"bn128\",\"IC\":[]}")]
    public void Verify_reports_a_malformed_key_with_exit_3(string content)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("vk.json"), content);
        var run = CliRun.Of("zk", "verify", dir.File("vk.json"), G16("public.json"), G16("proof.json"));
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("not a valid verification key", run.Error);
    }

    [Fact]
    public void Verify_reports_a_missing_file_with_exit_3()
    {
        var run = CliRun.Of("zk", "verify", G16("vk.json"), G16("public.json"), "no-such-proof.json");
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("no-such-proof.json: proof not found", run.Error);
    }

    [Fact]
    public void Verify_reports_a_coordinate_off_the_curve_with_exit_1()
    {
        using var dir = new TempDirectory();
        var proof = JsonNode.Parse(File.ReadAllText(G16("proof.json")))!.AsObject();
        proof["pi_a"]![0] = "1";
        File.WriteAllText(dir.File("proof.json"), proof.ToJsonString());
        var run = CliRun.Of("zk", "verify", G16("vk.json"), G16("public.json"), dir.File("proof.json"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not on its curve", run.Out);
    }

    [Theory]
    [InlineData("zk", "bogus")]
    [InlineData("zk", "verify", "only-one-argument")]
    [InlineData("nothing")]
    public void Bad_command_lines_exit_2(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error:", run.Error);
    }
}
