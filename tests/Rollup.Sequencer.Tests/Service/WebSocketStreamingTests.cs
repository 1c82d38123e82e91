using Microsoft.Extensions.DependencyInjection;
using Rollup.Core.Operations;
using Rollup.Core.State;
using Rollup.Sequencer.Storage;
using Rollup.Sequencer.Tests.Rpc;
using Rollup.Sequencer.Tests.Storage;

namespace Rollup.Sequencer.Tests.Service;

public class WebSocketStreamingTests
{
    [Fact]
    public async Task Orders_streamed_on_one_socket_take_effect_in_order_without_waiting_for_each_other_to_be_durable()
    {
        using var dir = new TempDirectory();
        await using var host = await ServiceHost.StartAsync(dir.Path);
        var trader = await host.NewTraderAsync("streamer", 1_000_000);
        ulong expiry = SeriesTerms.ExpiryOfDay((ushort)(ServiceHost.NowSeconds / 86_400 + 30));
        await host.AdminAsync("admin_listSeries", $$"""{"underlying":0,"strike":{{110_000 * ServiceHost.Usd}},"expiry":{{expiry}},"kind":"call"}""");
        await host.CallAsync("rollup_postOraclePrice", ServiceHost.PriceParams(100_000, ServiceHost.NowSeconds - 1));
        var log = host.App.Services.GetRequiredService<LiteDbOperationLog>();
        const int orders = 60; // within the test genesis's 64 fill slots
        var bodies = Enumerable.Range(1, orders).Select(i =>
            $$"""{"jsonrpc":"2.0","id":{{i}},"method":"rollup_sendOrder","params":{{ServiceHost.OrderParams(trader, (uint)i, 0, Side.Buy, (100 + (ulong)(i % 7)) * ServiceHost.Usd, 10, ServiceHost.NowSeconds + 3_600)}}}""").ToArray();

        await using var ws = await WebSocketClient.ConnectAsync(host.RpcUri);
        long flushesBefore = log.FlushCount;
        foreach (var body in bodies) await ws.SendAsync(body);
        var sequences = new long[orders + 1];
        for (int i = 0; i < orders; i++)
        {
            var reply = await ws.ReceiveAsync(TimeSpan.FromSeconds(30));
            Assert.True(reply.TryGetProperty("result", out var result), reply.ToString());
            sequences[reply.GetProperty("id").GetInt32()] = result.GetProperty("sequence").GetInt64();
        }
        long flushes = log.FlushCount - flushesBefore;

        for (int i = 2; i <= orders; i++) Assert.Equal(sequences[i - 1] + 1, sequences[i]);
        // Read one at a time, every order would have had an fsync of its own.
        Assert.True(flushes < orders, $"{flushes} flushes for {orders} streamed orders: each waited for the one before");
        Assert.Equal(orders, await host.Engine.ReadAsync(v => v.Books.OrdersOf(trader.Id).Count));
    }
}
