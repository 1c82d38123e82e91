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
