using System.Text.Json.Nodes;
using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.Core.Signatures;
using Rollup.Core.State;
using Rollup.SettlementClient.Genesis;

namespace Rollup.SettlementClient.Tests.Genesis;

public class GenesisConfigJsonTests
{
    private static GenesisConfig Sample()
    {
        var oracle = new PrivateKey(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()).GetPublicKey().Point;
        return new GenesisConfig
        {
            ChainId = 31337,
            VerifyingContract = L1Address.Parse("0x5fbdb2315678afecb367f032d93f642f64180aa3"),
            AccountsDepth = 20,
            FillsDepth = 10,
            Risk = new RiskParameters { OracleQuorum = 1, MakerFeeBps = 3, MaxStrikeSteps = 77 },
            UnderlyingStrikeSteps = [1_000_000_000, 50_000_000],
            OracleKeys = [(oracle.X, oracle.Y)],
            FeeAccountOwner = L1Address.Parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8"),
            InsuranceAccountOwner = L1Address.Parse("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc"),
        };
    }

    [Fact]
    public void Written_genesis_reads_back_to_the_same_root()
    {
        var config = Sample();
        var read = GenesisConfigJson.Read(GenesisConfigJson.Write(config));
        Assert.Equal(new RollupState(config).Root, new RollupState(read).Root);
        Assert.Equal(config.UnderlyingStrikeSteps, read.UnderlyingStrikeSteps);
        Assert.Equal(config.OracleKeys, read.OracleKeys);
        Assert.Equal(config.Risk, read.Risk);
        Assert.Equal(config.VerifyingContract, read.VerifyingContract);
        Assert.Equal(20, read.AccountsDepth);
    }

    [Fact]
    public void Genesis_roots_differ_when_a_risk_parameter_differs()
    {
        var json = JsonNode.Parse(GenesisConfigJson.Write(Sample()))!;
        json["risk"]!["takerFeeBps"] = 6;
        Assert.NotEqual(new RollupState(Sample()).Root, new RollupState(GenesisConfigJson.Read(json.ToJsonString())).Root);
    }

    [Theory]
    [InlineData("chainId", "0", "outside")]
    [InlineData("accountsDepth", "33", "outside")]
    [InlineData("accountsDepth", "-1", "non-negative JSON integer")]
    [InlineData("fillsDepth", "1.5", "non-negative JSON integer")]
    [InlineData("fillsDepth", "\"12\"", "non-negative JSON integer")]
    [InlineData("verifyingContract", "\"0x1234\"", "verifyingContract")]
    [InlineData("underlyingStrikeSteps", "[0]", "outside")]
    [InlineData("oracleKeys", "[[\"1\"]]", "[x, y] pair")]
    [InlineData("oracleKeys", "[[\"21888242871839275222246405745257275088548364400416034343698204186575808495617\", \"1\"]]", "below r")]
    [InlineData("oracleKeys", "[[\"0x01\", \"1\"]]", "below r")]
    [InlineData("risk", "[]", "not an object")]
    public void Genesis_with_a_bad_field_is_refused_naming_it(string field, string value, string expected)
    {
        var json = JsonNode.Parse(GenesisConfigJson.Write(Sample()))!;
        json[field] = JsonNode.Parse(value);
        var e = Assert.Throws<GenesisConfigException>(() => GenesisConfigJson.Read(json.ToJsonString()));
        Assert.Contains(expected, e.Message);
        Assert.Contains(field, e.Message);
    }

    [Fact]
    public void Genesis_with_an_unknown_or_missing_field_is_refused()
    {
        var extra = JsonNode.Parse(GenesisConfigJson.Write(Sample()))!;
        extra["risk"]!["haircutBps"] = 5;
        Assert.Contains("genesis.risk.haircutBps is not a genesis field", Assert.Throws<GenesisConfigException>(() => GenesisConfigJson.Read(extra.ToJsonString())).Message);
        var missing = JsonNode.Parse(GenesisConfigJson.Write(Sample()))!.AsObject();
        missing.Remove("feeAccountOwner");
        Assert.Contains("genesis.feeAccountOwner is missing", Assert.Throws<GenesisConfigException>(() => GenesisConfigJson.Read(missing.ToJsonString())).Message);
        Assert.Contains("not JSON", Assert.Throws<GenesisConfigException>(() => GenesisConfigJson.Read("{")).Message);
    }

    [Fact]
    public void Genesis_that_core_refuses_is_refused_with_cores_reason()
    {
        var json = JsonNode.Parse(GenesisConfigJson.Write(Sample()))!;
        json["risk"]!["maintenanceMarginBps"] = 2_000;
        var e = Assert.Throws<GenesisConfigException>(() => GenesisConfigJson.Read(json.ToJsonString()));
        Assert.Contains("maintenance must not exceed the initial margin floor", e.Message);
    }
}
