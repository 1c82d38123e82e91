using System.Text.Json;
using Rollup.Sequencer.Rpc.Methods;
using Microsoft.Extensions.DependencyInjection;

namespace Rollup.Sequencer.Tests.Rpc;

public class DiscoveryTests(RpcServerFixture fixture) : IClassFixture<RpcServerFixture>
{
    private RpcTestServer Server => fixture.Server;

    private static string[] Names(JsonElement document) =>
        document.GetProperty("methods").EnumerateArray().Select(m => m.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Discover_lists_every_public_method_of_the_registry_and_no_admin_method()
    {
        var document = (await Server.CallAsync("rpc.discover")).Result;
        Assert.Equal("1.2.6", document.GetProperty("openrpc").GetString());
        var registered = ServerRegistry().MethodsFor(RpcAccess.Public).Select(m => m.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(registered, Names(document));
        Assert.Contains("rollup_sendOrder", registered);
        Assert.Contains("rpc.discover", registered);
        Assert.DoesNotContain(Names(document), n => n.StartsWith("admin_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Discover_on_the_admin_listener_lists_every_registered_method()
    {
        var document = (await Server.PostAdminAsync("""{"jsonrpc":"2.0","id":1,"method":"rpc.discover"}""")).Result;
        var registered = ServerRegistry().MethodsFor(RpcAccess.Admin).Select(m => m.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(registered, Names(document));
        Assert.Contains("admin_sealBatch", registered);
    }

    [Fact]
    public async Task Send_order_params_carry_schemas_and_required_flags()
    {
        var document = (await Server.CallAsync("rpc.discover")).Result;
        var sendOrder = document.GetProperty("methods").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "rollup_sendOrder");
        var parameters = sendOrder.GetProperty("params").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.True(parameters["order"].GetProperty("required").GetBoolean());
        Assert.False(parameters["timeInForce"].GetProperty("required").GetBoolean());
        var order = parameters["order"].GetProperty("schema");
        Assert.Contains("limitPrice", order.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.False(order.GetProperty("additionalProperties").GetBoolean());
        var s = parameters["signature"].GetProperty("schema").GetProperty("properties").GetProperty("s");
        Assert.Equal("string", s.GetProperty("type").GetString());
        var result = sendOrder.GetProperty("result").GetProperty("schema").GetProperty("properties");
        Assert.Equal("^0x[0-9a-fA-F]{40}$", result.GetProperty("sequencer").GetProperty("pattern").GetString());
        var codes = sendOrder.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetInt32()).ToArray();
        Assert.Contains(-32000, codes);
        Assert.Contains(-32602, codes);
    }

    private MethodRegistry ServerRegistry() => ServerServices.GetRequiredService<MethodRegistry>();

    private IServiceProvider ServerServices => Server.Services;
}
