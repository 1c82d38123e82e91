using Rollup.Sequencer.Rpc.Views;

namespace Rollup.Sequencer.Tests.Rpc;

public class SlowSubscriberTests
{
    [Fact]
    public async Task Subscriber_that_stops_reading_is_disconnected_and_its_subscription_dropped()
    {
        await using var server = await RpcTestServer.StartAsync(o => o.WebSocketSendQueue = 16);
        await using var ws = await WebSocketClient.ConnectAsync(server.Url);
        await ws.CallAsync("""{"jsonrpc":"2.0","id":1,"method":"rollup_subscribe","params":{"topic":"book","series":3}}""");
        Assert.Equal(1, server.Hub.Count);

        var levels = Enumerable.Range(1, 2000).Select(i => new BookLevel((ulong)i, 1000, 1)).ToArray();
        var book = new OrderBookView(3, 1, levels, levels);
        for (int i = 0; i < 2000 && server.Hub.Count > 0; i++)
        {
            server.Hub.PublishBook(book);
            if (i % 50 == 0) await Task.Delay(5);
        }
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (server.Hub.Count > 0 && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.Equal(0, server.Hub.Count);
    }
}
