namespace Rollup.Sequencer.Tests.Rpc;

public class WebSocketPipeliningTests(RpcServerFixture fixture) : IClassFixture<RpcServerFixture>
{
    [Fact]
    public async Task Pipelined_writes_take_effect_in_the_order_sent()
    {
        await using var ws = await WebSocketClient.ConnectAsync(fixture.Server.Url);
        for (int id = 1; id <= 5; id++)
            await ws.SendAsync(Requests.SendOrder(id, Requests.SendOrderParams(Requests.Order(limitPrice: (100 + id).ToString()))));
        var sequences = new Dictionary<int, long>();
        for (int i = 0; i < 5; i++)
        {
            var reply = await ws.ReceiveAsync();
            sequences[reply.GetProperty("id").GetInt32()] = reply.GetProperty("result").GetProperty("sequence").GetInt64();
        }
        var ordered = Enumerable.Range(1, 5).Select(id => sequences[id]).ToArray();
        Assert.Equal(ordered.Order().ToArray(), ordered);
        var prices = fixture.Server.Api.Writes.OfType<Rollup.Core.Operations.SignedOrder>().Select(o => o.Order.LimitPrice).Where(p => p is > 100 and <= 105).ToArray();
        Assert.Equal([101UL, 102, 103, 104, 105], prices);
    }
}
