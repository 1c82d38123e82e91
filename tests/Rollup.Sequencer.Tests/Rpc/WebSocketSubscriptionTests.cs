using Rollup.Core.Fields;
using Rollup.Core.Operations;
using Rollup.Sequencer.Rpc.Views;

namespace Rollup.Sequencer.Tests.Rpc;

public class WebSocketSubscriptionTests(RpcServerFixture fixture) : IClassFixture<RpcServerFixture>
{
    private RpcTestServer Server => fixture.Server;

    [Fact]
    public async Task Book_subscription_receives_updates_of_its_series_only()
    {
        await using var ws = await WebSocketClient.ConnectAsync(Server.Url);
        var subscribed = await ws.CallAsync("""{"jsonrpc":"2.0","id":1,"method":"rollup_subscribe","params":{"topic":"book","series":3}}""");
        var id = subscribed.GetProperty("result").GetString()!;
        Assert.StartsWith("0x", id);

        Server.Hub.PublishBook(new OrderBookView(4, 1, [], []));
        Server.Hub.PublishBook(new OrderBookView(3, 2, [new BookLevel(120_000_000, 1500, 1)], []));

        var notification = await ws.ReceiveAsync();
        Assert.Equal("rollup_subscription", notification.GetProperty("method").GetString());
        Assert.Equal(id, notification.GetProperty("params").GetProperty("subscription").GetString());
        var book = notification.GetProperty("params").GetProperty("result");
        Assert.Equal(3, book.GetProperty("series").GetInt32());
        Assert.Equal(120_000_000UL, book.GetProperty("bids")[0].GetProperty("price").GetUInt64());
    }

    [Fact]
    public async Task Fills_reach_both_accounts_and_batches_reach_every_subscriber()
    {
        await using var maker = await WebSocketClient.ConnectAsync(Server.Url);
        await using var taker = await WebSocketClient.ConnectAsync(Server.Url);
        await maker.CallAsync("""{"jsonrpc":"2.0","id":1,"method":"rollup_subscribe","params":{"topic":"fills","accountId":7}}""");
        await taker.CallAsync("""{"jsonrpc":"2.0","id":1,"method":"rollup_subscribe","params":{"topic":"fills","accountId":8}}""");
        await taker.CallAsync("""{"jsonrpc":"2.0","id":2,"method":"rollup_subscribe","params":{"topic":"batches"}}""");

        Server.Hub.PublishFill(new TradeView(5, 3, 125_000_000, 500, 7, 9, 8, 1, Side.Buy, 1_764_494_400));
        Server.Hub.PublishBatch(new BatchView(2, BatchStatus.Proven, 11, 20, 10, Fr.FromUInt64(5), null, null));

        Assert.Equal(5, (await maker.ReceiveAsync()).GetProperty("params").GetProperty("result").GetProperty("sequence").GetInt64());
        Assert.Equal(8u, (await taker.ReceiveAsync()).GetProperty("params").GetProperty("result").GetProperty("takerAccountId").GetUInt32());
        Assert.Equal("proven", (await taker.ReceiveAsync()).GetProperty("params").GetProperty("result").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Unsubscribed_connection_gets_no_more_notifications()
    {
        await using var ws = await WebSocketClient.ConnectAsync(Server.Url);
        var id = (await ws.CallAsync("""{"jsonrpc":"2.0","id":1,"method":"rollup_subscribe","params":{"topic":"book","series":9}}""")).GetProperty("result").GetString();
        Assert.True((await ws.CallAsync($$"""{"jsonrpc":"2.0","id":2,"method":"rollup_unsubscribe","params":{"subscription":"{{id}}"} }""")).GetProperty("result").GetBoolean());
        Server.Hub.PublishBook(new OrderBookView(9, 1, [], []));
        // The next message must be the answer to this call, not a notification.
        var next = await ws.CallAsync("""{"jsonrpc":"2.0","id":3,"method":"rollup_chainInfo"}""");
        Assert.Equal(3, next.GetProperty("id").GetInt32());
        var again = await ws.CallAsync($$"""{"jsonrpc":"2.0","id":4,"method":"rollup_unsubscribe","params":{"subscription":"{{id}}"} }""");
        Assert.Equal(-32013, again.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Subscription_params_are_checked_per_topic()
    {
        await using var ws = await WebSocketClient.ConnectAsync(Server.Url);
        var reply = await ws.CallAsync("""{"jsonrpc":"2.0","id":1,"method":"rollup_subscribe","params":{"topic":"book"}}""");
        Assert.Equal(-32602, reply.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal("series", reply.GetProperty("error").GetProperty("data").GetProperty("field").GetString());
    }

    [Fact]
    public async Task Closing_the_socket_drops_its_subscriptions()
    {
        int before = Server.Hub.Count;
        var ws = await WebSocketClient.ConnectAsync(Server.Url);
        await ws.CallAsync("""{"jsonrpc":"2.0","id":1,"method":"rollup_subscribe","params":{"topic":"batches"}}""");
        Assert.Equal(before + 1, Server.Hub.Count);
        await ws.DisposeAsync();
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (Server.Hub.Count != before && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.Equal(before, Server.Hub.Count);
    }
}
