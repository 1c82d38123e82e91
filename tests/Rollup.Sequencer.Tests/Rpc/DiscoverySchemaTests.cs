namespace Rollup.Sequencer.Tests.Rpc;

public class DiscoverySchemaTests(RpcServerFixture fixture) : IClassFixture<RpcServerFixture>
{
    [Fact]
    public async Task Field_elements_and_addresses_have_string_schemas_even_when_optional_or_in_lists()
    {
        var document = (await fixture.Server.CallAsync("rpc.discover")).Result;
        var proof = document.GetProperty("methods").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "rollup_getAccountProof");
        var root = proof.GetProperty("params").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "root").GetProperty("schema");
        Assert.Equal("[\"string\",\"null\"]", root.GetProperty("type").GetRawText());
        var result = proof.GetProperty("result").GetProperty("schema").GetProperty("properties");
        Assert.Equal("string", result.GetProperty("siblings").GetProperty("items").GetProperty("type").GetString());
        Assert.Equal("string", result.GetProperty("collateral").GetProperty("type").GetString());
    }
}
