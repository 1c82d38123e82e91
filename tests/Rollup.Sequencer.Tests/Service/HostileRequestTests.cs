using System.Net;
using System.Text.Json;
using Rollup.Core.Operations;
using Rollup.Core.State;
using Rollup.Sequencer.Tests.Storage;

namespace Rollup.Sequencer.Tests.Service;

public class HostileRequestTests
{
    [Fact]
    public async Task Hostile_requests_each_get_their_json_rpc_error_and_change_neither_root_nor_log()
    {
        using var dir = new TempDirectory();
        await using var host = await ServiceHost.StartAsync(dir.Path);
        var alice = await host.NewTraderAsync("alice", 100_000);
        var bob = await host.NewTraderAsync("bob", 100_000);
        ulong expiry = SeriesTerms.ExpiryOfDay((ushort)(ServiceHost.NowSeconds / 86_400 + 30));
        await host.AdminAsync("admin_listSeries", $$"""{"underlying":0,"strike":{{110_000 * ServiceHost.Usd}},"expiry":{{expiry}},"kind":"call"}""");
        await host.CallAsync("rollup_postOraclePrice", ServiceHost.PriceParams(100_000, ServiceHost.NowSeconds - 1));
        ulong orderExpiry = ServiceHost.NowSeconds + 3_600;
        string resting = ServiceHost.OrderParams(alice, 5, 0, Side.Sell, 5_000 * ServiceHost.Usd, 1_000, orderExpiry);
        Assert.True((await host.CallAsync("rollup_sendOrder", resting)).TryGetProperty("result", out _));

        var before = await StateAsync(host);

        // Signed by bob's key for alice's account.
        await AssertErrorAsync(host, "rollup_sendOrder", ServiceHost.OrderParams(alice, 6, 0, Side.Sell, 5_000 * ServiceHost.Usd, 1_000, orderExpiry, signer: bob.Key), -32000);
        // The same order again: its id was used.
        await AssertErrorAsync(host, "rollup_sendOrder", resting, -32002);
        // A withdrawal with a nonce already past.
        Assert.True((await host.CallAsync("rollup_withdraw", ServiceHost.WithdrawParams(bob, ServiceHost.Usd, 0))).TryGetProperty("result", out _));
        before = await StateAsync(host);
        await AssertErrorAsync(host, "rollup_withdraw", ServiceHost.WithdrawParams(bob, ServiceHost.Usd, 0), -32001);
        // More than the account holds.
        await AssertErrorAsync(host, "rollup_withdraw", ServiceHost.WithdrawParams(alice, 1_000_000 * ServiceHost.Usd, 0), -32006);
        // An account that does not exist.
        await AssertErrorAsync(host, "rollup_sendOrder", ServiceHost.OrderParams(alice with { Id = 200 }, 1, 0, Side.Buy, ServiceHost.Usd, 1_000, orderExpiry), -32004);
        // A series that is not listed.
        await AssertErrorAsync(host, "rollup_sendOrder", ServiceHost.OrderParams(bob, 9, 7, Side.Buy, ServiceHost.Usd, 1_000, orderExpiry), -32005);
        // Wrong types.
        await AssertErrorAsync(host, "rollup_sendOrder", resting.Replace("\"orderId\":5", "\"orderId\":\"5\""), -32602);
        await AssertErrorAsync(host, "rollup_getAccount", """{"accountId":-1}""", -32602);

        var huge = await ServiceHost.PostAsync(host.RpcUri, $$$"""{"jsonrpc":"2.0","id":1,"method":"rollup_chainInfo","params":{"pad":"{{{new string('x', 100_000)}}}"}}""");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.Status);
        Assert.Equal(-32600, huge.ErrorCode);
        var broken = await ServiceHost.PostAsync(host.RpcUri, """{"jsonrpc":"2.0","id":1,"method":""");
        Assert.Equal(-32700, broken.ErrorCode);

        Assert.Equal(before, await StateAsync(host));
    }

    [Fact]
    public async Task Paused_sequencer_refuses_writes_until_resumed()
    {
        using var dir = new TempDirectory();
        await using var host = await ServiceHost.StartAsync(dir.Path);
        var alice = await host.NewTraderAsync("alice", 1_000);
        Assert.True((await host.AdminAsync("admin_pause")).GetProperty("result").GetBoolean());
        var before = await StateAsync(host);
        await AssertErrorAsync(host, "rollup_withdraw", ServiceHost.WithdrawParams(alice, ServiceHost.Usd, 0), -32011);
        Assert.Equal(before, await StateAsync(host));
        var status = (await host.AdminAsync("admin_status")).GetProperty("result");
        Assert.True(status.GetProperty("paused").GetBoolean());
        Assert.Equal(before.Sequence, status.GetProperty("durableSequence").GetInt64());

        await host.AdminAsync("admin_resume");
        Assert.True((await host.CallAsync("rollup_withdraw", ServiceHost.WithdrawParams(alice, ServiceHost.Usd, 0))).TryGetProperty("result", out _));
    }

    private static async Task<(string Root, long Sequence)> StateAsync(ServiceHost host)
    {
        var chain = (await host.CallAsync("rollup_chainInfo")).GetProperty("result");
        return (chain.GetProperty("stateRoot").GetString()!, chain.GetProperty("lastSequence").GetInt64());
    }

    private static async Task AssertErrorAsync(ServiceHost host, string method, string parameters, int code)
    {
        JsonElement reply = await host.CallAsync(method, parameters);
        Assert.True(reply.TryGetProperty("error", out var error), $"{method} was accepted: {reply}");
        Assert.Equal(code, error.GetProperty("code").GetInt32());
    }
}
