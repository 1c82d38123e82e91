using System.Text.Json.Nodes;
using Rollup.Prover.Formats;
using Rollup.Prover.Solidity;
using static Rollup.Cli.Tests.Zk.G16Files;

namespace Rollup.Cli.Tests.Zk;

public sealed class ZkExportVerifierTests
{
    [Fact]
    public void Export_from_vk_json_writes_the_generators_contract()
    {
        using var dir = new TempDirectory();
        var run = CliRun.Of("zk", "export-verifier", G16("vk.json"), dir.File("Verifier.sol"));
        Assert.Equal(0, run.ExitCode);
        using var doc = Vectors.Load("groth16/vk.json");
        var expected = SolidityVerifierGenerator.Generate(SnarkjsJson.ReadVerifyingKey(doc.RootElement));
        Assert.Equal(expected, File.ReadAllText(dir.File("Verifier.sol")));
        Assert.Contains("contract Groth16Verifier", expected);
    }

    [Fact]
    public void Export_from_a_zkey_gives_the_same_contract_as_from_its_vk_json()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, CliRun.Of("zk", "export-verifier", G16("g16.zkey"), dir.File("FromZkey.sol")).ExitCode);
        Assert.Equal(0, CliRun.Of("zk", "export-verifier", G16("vk.json"), dir.File("FromJson.sol")).ExitCode);
        Assert.Equal(File.ReadAllText(dir.File("FromJson.sol")), File.ReadAllText(dir.File("FromZkey.sol")));
    }

    [Fact]
    public void Export_names_the_contract_as_asked()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, CliRun.Of("zk", "export-verifier", G16("vk.json"), dir.File("V.sol"), "--name", "BatchVerifier").ExitCode);
        Assert.Contains("contract BatchVerifier", File.ReadAllText(dir.File("V.sol")));
    }

    [Fact]
    public void Export_refuses_a_key_without_phase2_contribution_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        var vk = JsonNode.Parse(File.ReadAllText(G16("vk.json")))!.AsObject();
        vk["vk_delta_2"] = vk["vk_gamma_2"]!.DeepClone();
        File.WriteAllText(dir.File("vk.json"), vk.ToJsonString());
        var run = CliRun.Of("zk", "export-verifier", dir.File("vk.json"), dir.File("V.sol"));
        Assert.Equal(4, run.ExitCode);
        Assert.Contains("no phase-2 contribution", run.Error);
        Assert.False(File.Exists(dir.File("V.sol")));
    }

    [Fact]
    public void Export_refuses_a_contract_name_that_is_not_an_identifier()
    {
        using var dir = new TempDirectory();
        var run = CliRun.Of("zk", "export-verifier", G16("vk.json"), dir.File("V.sol"), "--name", "not a name");
        Assert.Equal(4, run.ExitCode);
        Assert.False(File.Exists(dir.File("V.sol")));
    }
}
