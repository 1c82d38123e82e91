using System.Text.Json;
using Rollup.Core.Fields;
using Rollup.Core.Hashing;
using Rollup.Core.Operations;
using Rollup.Core.State;
using Rollup.Core.Trees;
using Rollup.Sequencer.Tests.Rpc;
using Rollup.Sequencer.Tests.Storage;

namespace Rollup.Sequencer.Tests.Service;

public class ServiceFlowTests
{
    private const ulong Premium = 5_000 * ServiceHost.Usd;

    [Fact]
    public async Task Traders_match_over_rpc_withdraw_get_the_fill_on_a_websocket_and_a_restart_restores_root_and_book()
    {
        using var dir = new TempDirectory();
        ulong expiry = SeriesTerms.ExpiryOfDay((ushort)(ServiceHost.NowSeconds / 86_400 + 30));
        string bookBefore, aliceBefore, rootBefore;
        long aliceOrderSequence;
        ServiceTrader alice, bob;
        await using (var host = await ServiceHost.StartAsync(dir.Path))
        {
            alice = await host.NewTraderAsync("alice", 100_000);
            bob = await host.NewTraderAsync("bob", 100_000);

            var listed = await host.AdminAsync("admin_listSeries", $$"""{"underlying":0,"strike":{{110_000 * ServiceHost.Usd}},"expiry":{{expiry}},"kind":"call"}""");
            Assert.Equal(0, listed.GetProperty("result").GetProperty("index").GetInt32());
            var publicList = await host.CallAsync("admin_listSeries", $$"""{"underlying":0,"strike":{{120_000 * ServiceHost.Usd}},"expiry":{{expiry}},"kind":"call"}""");
            Assert.Equal(-32601, publicList.GetProperty("error").GetProperty("code").GetInt32());

            var price = await host.CallAsync("rollup_postOraclePrice", ServiceHost.PriceParams(100_000, ServiceHost.NowSeconds - 1));
            Assert.True(price.GetProperty("result").GetProperty("sequence").GetInt64() > 0, price.ToString());

            await using var ws = await WebSocketClient.ConnectAsync(host.RpcUri);
            var subscribed = await ws.CallAsync($$$"""{"jsonrpc":"2.0","id":1,"method":"rollup_subscribe","params":{"topic":"fills","accountId":{{{bob.Id}}}}}""");
            string subscription = subscribed.GetProperty("result").GetString()!;

            var sell = await host.CallAsync("rollup_sendOrder", ServiceHost.OrderParams(alice, 1, 0, Side.Sell, Premium, 2_000, ServiceHost.NowSeconds + 3_600));
            aliceOrderSequence = sell.GetProperty("result").GetProperty("sequence").GetInt64();
            var buy = await host.CallAsync("rollup_sendOrder", ServiceHost.OrderParams(bob, 1, 0, Side.Buy, Premium, 1_000, ServiceHost.NowSeconds + 3_600));
            long buySequence = buy.GetProperty("result").GetProperty("sequence").GetInt64();
            Assert.Equal(aliceOrderSequence + 1, buySequence);

            var fill = await ws.ReceiveAsync();
            Assert.Equal("rollup_subscription", fill.GetProperty("method").GetString());
            Assert.Equal(subscription, fill.GetProperty("params").GetProperty("subscription").GetString());
            var trade = fill.GetProperty("params").GetProperty("result");
            Assert.Equal(buySequence, trade.GetProperty("sequence").GetInt64());
            Assert.Equal(1_000, trade.GetProperty("quantity").GetInt32());
            Assert.Equal(Premium, trade.GetProperty("price").GetUInt64());
            Assert.Equal(alice.Id, trade.GetProperty("makerAccountId").GetUInt32());
            Assert.Equal("buy", trade.GetProperty("takerSide").GetString());

            var bobAccount = (await host.CallAsync("rollup_getAccount", $$"""{"accountId":{{bob.Id}}}""")).GetProperty("result");
            var position = Assert.Single(bobAccount.GetProperty("positions").EnumerateArray());
            Assert.Equal(1_000, position.GetProperty("quantity").GetInt64());
            Assert.Empty(bobAccount.GetProperty("openOrders").EnumerateArray());
            Assert.True(bobAccount.GetProperty("margin").GetProperty("meetsInitial").GetBoolean());
            ulong bobCollateral = ulong.Parse(bobAccount.GetProperty("collateral").GetString()!);
            Assert.True(bobCollateral < 100_000 * ServiceHost.Usd - Premium + 1, "the buyer paid the premium");

            var aliceAccount = (await host.CallAsync("rollup_getAccount", $$"""{"accountId":{{alice.Id}}}""")).GetProperty("result");
            Assert.Equal(-1_000, Assert.Single(aliceAccount.GetProperty("positions").EnumerateArray()).GetProperty("quantity").GetInt64());
            var open = Assert.Single(aliceAccount.GetProperty("openOrders").EnumerateArray());
            Assert.Equal(1_000, open.GetProperty("filled").GetInt32());
            Assert.Equal(aliceOrderSequence, open.GetProperty("sequence").GetInt64());

            var book = (await host.CallAsync("rollup_getOrderBook", """{"series":0}""")).GetProperty("result");
            Assert.Empty(book.GetProperty("bids").EnumerateArray());
            var ask = Assert.Single(book.GetProperty("asks").EnumerateArray());
            Assert.Equal(Premium, ask.GetProperty("price").GetUInt64());
            Assert.Equal(1_000, ask.GetProperty("quantity").GetInt64());
            Assert.Equal(1, ask.GetProperty("orders").GetInt32());

            var trades = (await host.CallAsync("rollup_getTrades", """{"series":0}""")).GetProperty("result");
            Assert.Equal(buySequence, Assert.Single(trades.EnumerateArray()).GetProperty("sequence").GetInt64());

            var withdraw = await host.CallAsync("rollup_withdraw", ServiceHost.WithdrawParams(bob, 1_000 * ServiceHost.Usd, 0));
            Assert.True(withdraw.GetProperty("result").GetProperty("sequence").GetInt64() > buySequence, withdraw.ToString());
            var afterWithdraw = (await host.CallAsync("rollup_getAccount", $$"""{"accountId":{{bob.Id}}}""")).GetProperty("result");
            Assert.Equal(bobCollateral - 1_000 * ServiceHost.Usd, ulong.Parse(afterWithdraw.GetProperty("collateral").GetString()!));
            Assert.Equal(1u, afterWithdraw.GetProperty("nonce").GetUInt32());

            var receipt = (await host.CallAsync("rollup_getReceipt", $$"""{"sequence":{{aliceOrderSequence}}}""")).GetProperty("result");
            Assert.Equal(sell.GetProperty("result").GetProperty("operationHash").GetString(), receipt.GetProperty("operationHash").GetString());
            Assert.Equal(sell.GetProperty("result").GetProperty("acceptedAt").GetInt64(), receipt.GetProperty("acceptedAt").GetInt64());
            var noReceipt = await host.CallAsync("rollup_getReceipt", """{"sequence":1}""");
            Assert.Equal(-32013, noReceipt.GetProperty("error").GetProperty("code").GetInt32());

            var chain = (await host.CallAsync("rollup_chainInfo")).GetProperty("result");
            var root = await host.RootAsync();
            Assert.Equal(root.ToString(), chain.GetProperty("stateRoot").GetString());
            Assert.Equal("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", chain.GetProperty("sequencer").GetString());
            AssertProofFolds((await host.CallAsync("rollup_getAccountProof", $$"""{"accountId":{{bob.Id}}}""")).GetProperty("result"), root);

            var sealedBatch = (await host.AdminAsync("admin_sealBatch")).GetProperty("result");
            Assert.Equal(1ul, sealedBatch.GetProperty("number").GetUInt64());
            Assert.Equal("pending", sealedBatch.GetProperty("status").GetString());
            Assert.Equal(root.ToString(), sealedBatch.GetProperty("stateRoot").GetString());
            Assert.Equal(1, sealedBatch.GetProperty("firstSequence").GetInt64());
            Assert.Equal((await host.CallAsync("rollup_getBatch", """{"number":1}""")).GetProperty("result").ToString(), sealedBatch.ToString());

            bookBefore = (await host.CallAsync("rollup_getOrderBook", """{"series":0}""")).GetProperty("result").ToString();
            aliceBefore = Strip(aliceAccount);
            rootBefore = root.ToString();
        }

        await using (var restarted = await ServiceHost.StartAsync(dir.Path))
        {
            var chain = (await restarted.CallAsync("rollup_chainInfo")).GetProperty("result");
            Assert.Equal(rootBefore, chain.GetProperty("stateRoot").GetString());
            Assert.Equal(1ul, chain.GetProperty("lastBatch").GetUInt64());
            Assert.Equal(bookBefore, (await restarted.CallAsync("rollup_getOrderBook", """{"series":0}""")).GetProperty("result").ToString());
            Assert.Equal(aliceBefore, Strip((await restarted.CallAsync("rollup_getAccount", $$"""{"accountId":{{alice.Id}}}""")).GetProperty("result")));
            var receipt = (await restarted.CallAsync("rollup_getReceipt", $$"""{"sequence":{{aliceOrderSequence}}}""")).GetProperty("result");
            Assert.Equal(aliceOrderSequence, receipt.GetProperty("sequence").GetInt64());
        }
    }

    /// <summary>The account view without its margin figures, which depend on the time of the read.</summary>
    private static string Strip(JsonElement account)
    {
        var copy = System.Text.Json.Nodes.JsonNode.Parse(account.GetRawText())!.AsObject();
        copy.Remove("margin");
        return copy.ToJsonString();
    }

    private static void AssertProofFolds(JsonElement proof, Fr root)
    {
        Assert.Equal(root.ToString(), proof.GetProperty("root").GetString());
        var siblings = proof.GetProperty("siblings").EnumerateArray().Select(s => Fr.Parse(s.GetString()!)).ToArray();
        var folded = MerkleProof.ComputeRoot(proof.GetProperty("accountId").GetUInt32(), Fr.Parse(proof.GetProperty("leaf").GetString()!), siblings);
        var inputs = proof.GetProperty("rootInputs").EnumerateArray().Select(s => Fr.Parse(s.GetString()!)).ToArray();
        Assert.Equal(7, inputs.Length);
        Assert.Equal(inputs[0], folded);
        Assert.Equal(root, Poseidon.Hash(inputs));
    }
}
