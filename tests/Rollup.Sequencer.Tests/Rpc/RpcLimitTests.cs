using Rollup.Sequencer.Rpc.Errors;

namespace Rollup.Sequencer.Tests.Rpc;

public class RpcLimitTests
{
    [Fact]
    public async Task Writes_are_rate_limited_per_account_and_reads_per_address()
    {
        await using var server = await RpcTestServer.StartAsync(o =>
        {
            o.WritesPerSecond = 0.001;
            o.WriteBurst = 3;
            o.ReadsPerSecond = 0.001;
            o.ReadBurst = 2;
        });
        for (int i = 0; i < 3; i++)
            Assert.True((await server.PostAsync(Requests.SendOrder())).Json.TryGetProperty("result", out _));
        var limited = await server.PostAsync(Requests.SendOrder());
        Assert.Equal((int)RpcErrorCode.RateLimited, limited.ErrorCode);
        Assert.Equal(3, server.Api.Writes.Count);

        // Another account has its own bucket.
        var other = await server.PostAsync(Requests.SendOrder(parameters: Requests.SendOrderParams(Requests.Order(accountId: "8"))));
        Assert.True(other.Json.TryGetProperty("result", out _));

        Assert.True((await server.CallAsync("rollup_chainInfo")).Json.TryGetProperty("result", out _));
        Assert.True((await server.CallAsync("rollup_getSeries")).Json.TryGetProperty("result", out _));
        Assert.Equal((int)RpcErrorCode.RateLimited, (await server.CallAsync("rollup_chainInfo")).ErrorCode);
    }

    [Fact]
    public async Task Slow_call_times_out_with_the_timeout_code()
    {
        var api = new FakeSequencerApi { ChainInfoDelay = TimeSpan.FromSeconds(30) };
        await using var server = await RpcTestServer.StartAsync(o => o.RequestTimeout = TimeSpan.FromMilliseconds(200), api);
        var reply = await server.CallAsync("rollup_chainInfo");
        Assert.Equal((int)RpcErrorCode.Timeout, reply.ErrorCode);
    }
}
