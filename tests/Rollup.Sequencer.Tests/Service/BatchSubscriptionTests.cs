using Rollup.Sequencer.Tests.Rpc;
using Rollup.Sequencer.Tests.Storage;

namespace Rollup.Sequencer.Tests.Service;

public class BatchSubscriptionTests
{
    [Fact]
    public async Task Sealing_a_batch_notifies_batch_subscribers_with_its_range_and_root()
    {
        using var dir = new TempDirectory();
        await using var host = await ServiceHost.StartAsync(dir.Path);
        var alice = await host.NewTraderAsync("alice", 1_000);
        var withdraw = await host.CallAsync("rollup_withdraw", ServiceHost.WithdrawParams(alice, ServiceHost.Usd, 0));
        long sequence = withdraw.GetProperty("result").GetProperty("sequence").GetInt64();

        var open = (await host.CallAsync("rollup_getBatch")).GetProperty("result");
        Assert.Equal(1ul, open.GetProperty("number").GetUInt64());
        Assert.Equal("pending", open.GetProperty("status").GetString());
        Assert.Equal(3, open.GetProperty("operations").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, open.GetProperty("stateRoot").ValueKind);

        await using var ws = await WebSocketClient.ConnectAsync(host.RpcUri);
        await ws.CallAsync("""{"jsonrpc":"2.0","id":1,"method":"rollup_subscribe","params":{"topic":"batches"}}""");
        var sealedBatch = (await host.AdminAsync("admin_sealBatch")).GetProperty("result");

        var note = (await ws.ReceiveAsync()).GetProperty("params").GetProperty("result");
        Assert.Equal(1ul, note.GetProperty("number").GetUInt64());
        Assert.Equal(1, note.GetProperty("firstSequence").GetInt64());
        Assert.Equal(sequence, note.GetProperty("lastSequence").GetInt64());
        Assert.Equal((await host.RootAsync()).ToString(), note.GetProperty("stateRoot").GetString());
        Assert.Equal(sealedBatch.ToString(), note.ToString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await host.AdminAsync("admin_sealBatch")).GetProperty("result").ValueKind);
    }
}
