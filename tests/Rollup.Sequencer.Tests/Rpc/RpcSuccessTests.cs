using System.Net;
using System.Text.Json;
using Rollup.Core.Curves;
using Rollup.Core.Ethereum;
using Rollup.Core.Operations;
using Rollup.Sequencer.Receipts;
using Rollup.Sequencer.Rpc;
using Rollup.Sequencer.Rpc.Views;
using Rollup.SettlementClient.Signing;

namespace Rollup.Sequencer.Tests.Rpc;

public class RpcSuccessTests(RpcServerFixture fixture) : IClassFixture<RpcServerFixture>
{
    private RpcTestServer Server => fixture.Server;

    [Fact]
    public async Task Send_order_passes_the_exact_order_and_returns_a_receipt_the_sequencer_signed()
    {
        var reply = await Server.PostAsync(Requests.SendOrder(parameters: Requests.SendOrderParams(tail: ",\"timeInForce\":\"ioc\"")));
        var result = reply.Result;

        var order = Server.Api.Writes.OfType<SignedOrder>().Last();
        Assert.Equal(new Order(7, 9, 3, Side.Sell, 125_000_000, 2000, 1_767_254_400, 30, ReduceOnly: false, PostOnly: true), order.Order);
        Assert.Equal(BabyJubjub.Base8, order.Signature.R8);

        var receipt = new Receipt(
            result.GetProperty("chainId").GetUInt64(),
            L1Address.Parse(result.GetProperty("contract").GetString()!),
            result.GetProperty("sequence").GetInt64(),
            Hash32.TryParse(result.GetProperty("operationHash").GetString(), out var h) ? h : throw new FormatException(),
            result.GetProperty("acceptedAt").GetInt64());
        Assert.Equal(OperationHash.Of(order, TimeInForce.Ioc), receipt.OperationHash);
        Assert.Equal(Server.Api.AcceptedAtMs, receipt.AcceptedAtMs);
        var signed = ParseSigned(result, receipt);
        Assert.True(ReceiptVerifier.Verify(signed, RpcTestServer.SequencerKey.GetAddress(), RpcTestServer.ChainId, RpcTestServer.Contract));
        Assert.Equal(1, result.GetProperty("version").GetInt32());
    }

    private static SignedReceipt ParseSigned(JsonElement result, Receipt receipt) => new(
        receipt,
        result.GetProperty("index").GetInt32(),
        result.GetProperty("groupSize").GetInt32(),
        result.GetProperty("proof").EnumerateArray().Select(p => Hash32.TryParse(p.GetString(), out var h) ? h : throw new FormatException()).ToArray(),
        EthECDSASignature.FromBytes(Convert.FromHexString(result.GetProperty("signature").GetString()![2..])),
        L1Address.Parse(result.GetProperty("sequencer").GetString()!));

    private static Receipt ReceiptOf(JsonElement result) => new(
        result.GetProperty("chainId").GetUInt64(),
        L1Address.Parse(result.GetProperty("contract").GetString()!),
        result.GetProperty("sequence").GetInt64(),
        Hash32.TryParse(result.GetProperty("operationHash").GetString(), out var h) ? h : throw new FormatException(),
        result.GetProperty("acceptedAt").GetInt64());

    [Fact]
    public async Task Get_receipt_returns_a_valid_receipt_of_the_same_write()
    {
        var write = (await Server.PostAsync(Requests.SendOrder())).Result;
        var read = (await Server.CallAsync("rollup_getReceipt", $$"""{"sequence":{{write.GetProperty("sequence").GetInt64()}}}""")).Result;
        Assert.Equal(ReceiptOf(write), ReceiptOf(read));
        Assert.True(ReceiptVerifier.Verify(ParseSigned(read, ReceiptOf(read)), RpcTestServer.SequencerKey.GetAddress(), RpcTestServer.ChainId, RpcTestServer.Contract));
    }

    [Fact]
    public async Task Concurrent_writes_each_get_a_receipt_that_verifies()
    {
        var replies = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Server.PostAsync(Requests.SendOrder())));
        var results = replies.Select(r => r.Result).ToArray();
        foreach (var result in results)
            Assert.True(ReceiptVerifier.Verify(ParseSigned(result, ReceiptOf(result)), RpcTestServer.SequencerKey.GetAddress(), RpcTestServer.ChainId, RpcTestServer.Contract));
        Assert.Equal(40, results.Select(r => r.GetProperty("sequence").GetInt64()).Distinct().Count());
    }

    [Fact]
    public async Task Receipt_of_an_unknown_sequence_is_not_found()
    {
        var reply = await Server.CallAsync("rollup_getReceipt", """{"sequence":999999}""");
        Assert.Equal(-32013, reply.ErrorCode);
    }

    [Fact]
    public async Task Account_read_writes_big_values_as_strings_and_addresses_checksummed()
    {
        var account = (await Server.CallAsync("rollup_getAccount", """{"accountId":7}""")).Result;
        Assert.Equal("5000000000", account.GetProperty("collateral").GetString());
        Assert.Equal("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", account.GetProperty("l1Address").GetString());
        Assert.Equal(-1500, account.GetProperty("positions")[0].GetProperty("quantity").GetInt64());
        Assert.Equal("call", account.GetProperty("positions")[0].GetProperty("kind").GetString());
        Assert.Equal("sell", account.GetProperty("openOrders")[0].GetProperty("side").GetString());
        Assert.Equal("50000000000000000", account.GetProperty("margin").GetProperty("equity").GetString());
        Assert.True(account.GetProperty("margin").GetProperty("meetsInitial").GetBoolean());
    }

    [Fact]
    public async Task Account_id_by_checksummed_address()
    {
        var reply = await Server.CallAsync("rollup_getAccountId", """{"address":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8"}""");
        Assert.Equal(7u, reply.Result.GetUInt32());
    }

    [Fact]
    public async Task Batch_status_carries_lifecycle_and_tx_hash()
    {
        var batch = (await Server.CallAsync("rollup_getBatch", "{}")).Result;
        Assert.Equal("committed", batch.GetProperty("status").GetString());
        Assert.Equal("0x" + new string('0', 64), batch.GetProperty("commitTxHash").GetString());
        Assert.Equal(JsonValueKind.Null, batch.GetProperty("proofTxHash").ValueKind);
        Assert.Equal(-32013, (await Server.CallAsync("rollup_getBatch", """{"number":5}""")).ErrorCode);
    }

    [Fact]
    public async Task Every_read_method_answers()
    {
        Assert.Equal(3, (await Server.CallAsync("rollup_getOrderBook", """{"series":3,"depth":5}""")).Result.GetProperty("series").GetInt32());
        Assert.Equal(-32005, (await Server.CallAsync("rollup_getOrderBook", """{"series":4}""")).ErrorCode);
        Assert.Equal(-32602, (await Server.CallAsync("rollup_getOrderBook", """{"series":3,"depth":0}""")).ErrorCode);
        Assert.Equal(1, (await Server.CallAsync("rollup_getTrades", "{}")).Result.GetArrayLength());
        Assert.Equal("99", (await Server.CallAsync("rollup_getSeries", "{}")).Result[0].GetProperty("commitment").GetString());
        Assert.Equal(3_100_000_000, (await Server.CallAsync("rollup_getPrices", """{"underlying":0}""")).Result.GetProperty("indexPrice").GetUInt64());
        Assert.Equal(2, (await Server.CallAsync("rollup_getAccountProof", """{"accountId":7}""")).Result.GetProperty("siblings").GetArrayLength());
        Assert.Equal(-32013, (await Server.CallAsync("rollup_getAccountProof", """{"accountId":7,"root":"5"}""")).ErrorCode);
        var info = (await Server.CallAsync("rollup_chainInfo")).Result;
        Assert.Equal(RpcTestServer.SequencerKey.GetPublicAddress(), info.GetProperty("sequencer").GetString());
    }

    [Fact]
    public async Task Every_write_method_is_accepted_with_a_sequence()
    {
        var s = Requests.Signature;
        string[] calls =
        [
            $$"""{"jsonrpc":"2.0","id":1,"method":"rollup_cancelOrder","params":{"accountId":7,"orderId":9,"signature":{{s}} } }""",
            $$"""{"jsonrpc":"2.0","id":2,"method":"rollup_cancelAll","params":{"accountId":7,"cancels":[{"orderId":9,"signature":{{s}}},{"orderId":10,"signature":{{s}}}]} }""",
            $$"""{"jsonrpc":"2.0","id":3,"method":"rollup_withdraw","params":{"accountId":7,"amount":"1000000","nonce":4,"signature":{{s}} } }""",
            $$"""{"jsonrpc":"2.0","id":4,"method":"rollup_registerKey","params":{"accountId":7,"publicKeyX":"{{BabyJubjub.Base8.X}}","publicKeyY":"{{BabyJubjub.Base8.Y}}","nonce":4,"ethereumSignature":"0x{{new string('1', 130)}}"} }""",
            $$"""{"jsonrpc":"2.0","id":5,"method":"rollup_postOraclePrice","params":{"kind":"index","underlying":0,"timestamp":1764494400,"submissions":[{"oracleIndex":0,"price":3100000000,"signature":{{s}}}]} }""",
        ];
        long last = 0;
        foreach (var call in calls)
        {
            var sequence = (await Server.PostAsync(call)).Result.GetProperty("sequence").GetInt64();
            Assert.True(sequence > last);
            last = sequence;
        }
        Assert.Equal(2, Server.Api.Writes.OfType<IReadOnlyList<CancelOperation>>().Last().Count);
        Assert.Equal(1_000_000UL, Server.Api.Writes.OfType<WithdrawOperation>().Last().Amount);
        Assert.Equal(OraclePriceKind.Index, Server.Api.Writes.OfType<OraclePriceOperation>().Last().PriceKind);
    }

    [Fact]
    public async Task Cancel_all_refuses_an_order_listed_twice()
    {
        var s = Requests.Signature;
        var reply = await Server.CallAsync("rollup_cancelAll", $$"""{"accountId":7,"cancels":[{"orderId":9,"signature":{{s}}},{"orderId":9,"signature":{{s}}}]}""");
        Assert.Equal(-32602, reply.ErrorCode);
        Assert.Equal("cancels[1].orderId", reply.ErrorField);
    }

    [Fact]
    public async Task Batch_with_mixed_results_answers_each_request_in_order_and_skips_notifications()
    {
        var body = "[" + string.Join(",",
            Requests.SendOrder(id: 10),
            """{"jsonrpc":"2.0","id":11,"method":"rollup_nope"}""",
            """{"jsonrpc":"2.0","method":"rollup_chainInfo"}""",
            """{"jsonrpc":"2.0","id":12,"method":"rollup_getAccount","params":{"accountId":"7"}}""",
            """{"jsonrpc":"2.0","id":13,"method":"rollup_getAccount","params":{"accountId":7}}""",
            """{"foo":1}""") + "]";
        var reply = await Server.PostAsync(body);
        var items = reply.Json.EnumerateArray().ToArray();
        Assert.Equal(5, items.Length);
        Assert.Equal(10, items[0].GetProperty("id").GetInt32());
        Assert.True(items[0].TryGetProperty("result", out _));
        Assert.Equal(11, items[1].GetProperty("id").GetInt32());
        Assert.Equal(-32601, items[1].GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(12, items[2].GetProperty("id").GetInt32());
        Assert.Equal(-32602, items[2].GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(13, items[3].GetProperty("id").GetInt32());
        Assert.Equal(7, items[3].GetProperty("result").GetProperty("accountId").GetInt32());
        Assert.Equal(JsonValueKind.Null, items[4].GetProperty("id").ValueKind);
        Assert.Equal(-32600, items[4].GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Batch_queues_every_write_in_order_before_waiting_for_the_first_to_be_durable()
    {
        await using var server = await RpcTestServer.StartAsync();
        var durable = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Api.DurableGate = durable.Task;
        var body = "[" + string.Join(",", Requests.SendOrder(id: 1), Requests.SendOrder(id: 2), Requests.SendOrder(id: 3)) + "]";
        var reply = server.PostAsync(body);

        // All three reach the engine while none is durable: one flush can cover the whole batch.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (server.Api.Writes.Count < 3) { Assert.True(DateTime.UtcNow < deadline, "writes not queued"); await Task.Delay(10); }
        Assert.False(reply.IsCompleted);
        durable.SetResult();
        var items = (await reply).Json.EnumerateArray().ToArray();
        Assert.Equal([1, 2, 3], items.Select(i => i.GetProperty("id").GetInt32()));
        Assert.Equal([1L, 2L, 3L], items.Select(i => i.GetProperty("result").GetProperty("sequence").GetInt64()));
    }

    [Fact]
    public async Task Notification_only_body_gets_204_and_still_runs()
    {
        int before = Server.Api.Writes.Count;
        var notification = Requests.SendOrder().Replace("\"id\":1,", "", StringComparison.Ordinal);
        var reply = await Server.PostAsync(notification);
        Assert.Equal(HttpStatusCode.NoContent, reply.Status);
        Assert.Null(reply.Body);
        Assert.Equal(before + 1, Server.Api.Writes.Count);
    }
}
