namespace Rollup.Sequencer.Tests.Rpc;

public class WebSocketLimitTests(RpcServerFixture fixture) : IClassFixture<RpcServerFixture>
{
    [Fact]
    public async Task Message_over_the_size_limit_closes_the_socket_as_too_big()
    {
        using var socket = new System.Net.WebSockets.ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(new UriBuilder(fixture.Server.Url) { Scheme = "ws", Path = "/ws" }.Uri, timeout.Token);
        var big = System.Text.Encoding.UTF8.GetBytes("[" + new string(' ', 70 * 1024) + "]");
        await socket.SendAsync(big, System.Net.WebSockets.WebSocketMessageType.Text, true, timeout.Token);
        var result = await socket.ReceiveAsync(new byte[1024], timeout.Token);
        Assert.Equal(System.Net.WebSockets.WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(System.Net.WebSockets.WebSocketCloseStatus.MessageTooBig, result.CloseStatus);
    }

    [Fact]
    public async Task Batch_over_websocket_answers_each_call()
    {
        await using var ws = await WebSocketClient.ConnectAsync(fixture.Server.Url);
        var reply = await ws.CallAsync("""[{"jsonrpc":"2.0","id":1,"method":"rollup_chainInfo"},{"jsonrpc":"2.0","id":2,"method":"rollup_nope"}]""");
        Assert.Equal(2, reply.GetArrayLength());
        Assert.Equal(-32601, reply[1].GetProperty("error").GetProperty("code").GetInt32());
    }
}

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
