using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Rollup.Sequencer.Receipts;
using Rollup.Sequencer.Rpc.Methods;
using Rollup.Sequencer.Rpc.Server;
using Rollup.Sequencer.Rpc.Subscriptions;

namespace Rollup.Sequencer.Tests.Rpc;

public class AdminListenerTests(RpcServerFixture fixture) : IClassFixture<RpcServerFixture>
{
    private RpcTestServer Server => fixture.Server;

    [Fact]
    public async Task Admin_methods_do_not_exist_on_the_public_listener()
    {
        var reply = await Server.CallAsync("admin_pause");
        Assert.Equal(-32601, reply.ErrorCode);
        Assert.False(Server.Api.Paused);
    }

    [Fact]
    public async Task Admin_listener_is_on_loopback_and_serves_admin_and_public_methods()
    {
        Assert.NotNull(Server.AdminUrl);
        Assert.Equal("127.0.0.1", Server.AdminUrl!.Host);
        Assert.NotEqual(Server.Url.Port, Server.AdminUrl.Port);
        Assert.True((await Server.PostAdminAsync("""{"jsonrpc":"2.0","id":1,"method":"admin_pause"}""")).Result.GetBoolean());
        Assert.True(Server.Api.Paused);
        Assert.True((await Server.PostAdminAsync("""{"jsonrpc":"2.0","id":2,"method":"admin_status"}""")).Result.GetProperty("paused").GetBoolean());
        await Server.PostAdminAsync("""{"jsonrpc":"2.0","id":3,"method":"admin_resume"}""");
        Assert.False(Server.Api.Paused);
        Assert.Equal(3UL, (await Server.PostAdminAsync("""{"jsonrpc":"2.0","id":4,"method":"admin_sealBatch"}""")).Result.GetProperty("number").GetUInt64());
        Assert.True((await Server.PostAdminAsync("""{"jsonrpc":"2.0","id":5,"method":"rollup_chainInfo"}""")).Json.TryGetProperty("result", out _));
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("192.168.1.10")]
    public async Task Admin_listener_refuses_a_non_loopback_bind(string address)
    {
        var options = new RpcServerOptions { AdminAddress = address, AdminPort = 0 };
        var api = new FakeSequencerApi();
        await using var receipts = new ReceiptBatcher(new ReceiptSigner(RpcTestServer.SequencerKey, 1, default), TimeSpan.Zero);
        var registry = SequencerMethods.CreateRegistry(api, receipts, new SubscriptionHub(), api);
        await using var admin = new AdminRpcServer(Options.Create(options), registry, NullLogger<AdminRpcServer>.Instance);
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => admin.StartAsync(CancellationToken.None));
        Assert.Contains("loopback", e.Message);
        Assert.Null(admin.Url);
    }

    [Fact]
    public async Task Host_with_a_public_admin_address_fails_to_start_naming_the_setting()
    {
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => RpcTestServer.StartAsync(o => o.AdminAddress = "0.0.0.0"));
        Assert.Contains("Rpc:AdminAddress", e.Message);
    }
}
