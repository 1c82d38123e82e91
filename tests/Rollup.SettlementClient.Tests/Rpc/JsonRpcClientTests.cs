using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Tests.Rpc;

public class JsonRpcClientTests
{
    private static readonly JsonRpcClientOptions Fast = new()
    {
        Timeout = TimeSpan.FromSeconds(5),
        MaxAttempts = 3,
        BaseDelay = TimeSpan.FromMilliseconds(1),
        MaxDelay = TimeSpan.FromMilliseconds(5),
    };

    private static async Task<RpcException> FailingCall(ScriptedRpcServer server, JsonRpcClientOptions? options = null)
    {
        using var client = new JsonRpcClient(server.Endpoint, options ?? Fast);
        return await Assert.ThrowsAsync<RpcException>(() => client.SendAsync("eth_chainId"));
    }

    [Fact]
    public async Task Malformed_json_is_fatal_and_not_retried()
    {
        using var server = new ScriptedRpcServer((_, _) => ScriptedAnswer.Ok("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":"));
        var e = await FailingCall(server);
        Assert.Equal(RpcErrorKind.Fatal, e.Kind);
        Assert.Contains("not JSON", e.Message);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Answer_with_another_id_is_fatal_and_not_retried()
    {
        using var server = new ScriptedRpcServer((_, r) =>
            ScriptedAnswer.Ok($"{{\"jsonrpc\":\"2.0\",\"id\":{r.GetProperty("id").GetInt64() + 7},\"result\":\"0x1\"}}"));
        var e = await FailingCall(server);
        Assert.Equal(RpcErrorKind.Fatal, e.Kind);
        Assert.Contains("id", e.Message);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Http_429_is_retried_then_the_success_is_returned()
    {
        using var server = new ScriptedRpcServer((i, r) => i == 0 ? ScriptedAnswer.Http(429) : ScriptedAnswer.Ok(ScriptedRpcServer.Result(r, "\"0x7a69\"")));
        using var client = new JsonRpcClient(server.Endpoint, Fast);
        var chainId = await new EthClient(client).ChainIdAsync();
        Assert.Equal(31337UL, chainId);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task Persistent_http_503_gives_up_after_max_attempts_as_retryable()
    {
        using var server = new ScriptedRpcServer((_, _) => ScriptedAnswer.Http(503));
        var e = await FailingCall(server);
        Assert.Equal(RpcErrorKind.Retryable, e.Kind);
        Assert.Equal(503, e.HttpStatus);
        Assert.Equal(3, e.Attempts);
        Assert.Equal(3, server.Requests);
    }

    [Fact]
    public async Task Http_400_is_fatal_and_not_retried()
    {
        using var server = new ScriptedRpcServer((_, _) => ScriptedAnswer.Http(400));
        var e = await FailingCall(server);
        Assert.Equal(RpcErrorKind.Fatal, e.Kind);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task A_hang_beyond_the_timeout_is_a_retryable_timeout_retried_up_to_max_attempts()
    {
        using var server = new ScriptedRpcServer((_, _) => ScriptedAnswer.Hanging());
        var options = Fast with { Timeout = TimeSpan.FromMilliseconds(200), MaxAttempts = 2 };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var e = await FailingCall(server, options);
        Assert.Equal(RpcErrorKind.Retryable, e.Kind);
        Assert.Contains("no answer within 200 ms", e.Message);
        Assert.Equal(2, server.Requests);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_answer_over_the_size_cap_is_fatal_and_not_retried(bool chunked)
    {
        var big = "\"0x" + new string('a', 4096) + "\"";
        using var server = new ScriptedRpcServer((_, r) => new ScriptedAnswer(200, ScriptedRpcServer.Result(r, big), Chunked: chunked));
        var e = await FailingCall(server, Fast with { MaxResponseBytes = 1024 });
        Assert.Equal(RpcErrorKind.Fatal, e.Kind);
        Assert.Contains("1024-byte response cap", e.Message);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Invalid_params_error_object_is_fatal_with_its_code_and_not_retried()
    {
        using var server = new ScriptedRpcServer((_, r) => ScriptedAnswer.Ok(ScriptedRpcServer.Error(r, -32602, "invalid params: missing value")));
        var e = await FailingCall(server);
        Assert.Equal(RpcErrorKind.Fatal, e.Kind);
        Assert.Equal(-32602, e.Code);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Limit_exceeded_error_is_retried_then_the_success_is_returned()
    {
        using var server = new ScriptedRpcServer((i, r) => ScriptedAnswer.Ok(i == 0
            ? ScriptedRpcServer.Error(r, -32005, "limit exceeded")
            : ScriptedRpcServer.Result(r, "\"0x10\"")));
        using var client = new JsonRpcClient(server.Endpoint, Fast);
        Assert.Equal(16UL, await new EthClient(client).BlockNumberAsync());
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task Unknown_block_error_is_a_reorg_and_not_retried()
    {
        using var server = new ScriptedRpcServer((_, r) => ScriptedAnswer.Ok(ScriptedRpcServer.Error(r, -32000, "unknown block")));
        var e = await FailingCall(server);
        Assert.Equal(RpcErrorKind.Reorg, e.Kind);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Revert_with_error_string_is_fatal_and_carries_the_decoded_reason()
    {
        // Error("too low") as solc encodes it.
        var data = "0x08c379a0" + "0000000000000000000000000000000000000000000000000000000000000020"
            + "0000000000000000000000000000000000000000000000000000000000000007"
            + "746f6f206c6f7700000000000000000000000000000000000000000000000000";
        using var server = new ScriptedRpcServer((_, r) => ScriptedAnswer.Ok(ScriptedRpcServer.Error(r, 3, "execution reverted: too low", $"\"{data}\"")));
        var e = await FailingCall(server);
        Assert.Equal(RpcErrorKind.Fatal, e.Kind);
        Assert.Equal("too low", e.Revert!.Message);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Revert_with_panic_carries_the_panic_code()
    {
        var data = "0x4e487b71" + "0000000000000000000000000000000000000000000000000000000000000011";
        using var server = new ScriptedRpcServer((_, r) => ScriptedAnswer.Ok(ScriptedRpcServer.Error(r, 3, "execution reverted", $"\"{data}\"")));
        var e = await FailingCall(server);
        Assert.Equal(0x11, (int)e.Revert!.PanicCode!.Value);
        Assert.Null(e.Revert.Message);
    }

    [Fact]
    public async Task Connection_refused_is_retryable_and_retried_up_to_max_attempts()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var client = new JsonRpcClient(new Uri($"http://127.0.0.1:{port}/"), Fast);
        var e = await Assert.ThrowsAsync<RpcException>(() => client.SendAsync("eth_chainId"));
        Assert.Equal(RpcErrorKind.Retryable, e.Kind);
        Assert.Equal(3, e.Attempts);
    }

    [Fact]
    public async Task Quantity_with_leading_zero_is_a_fatal_malformed_answer()
    {
        using var server = new ScriptedRpcServer((_, r) => ScriptedAnswer.Ok(ScriptedRpcServer.Result(r, "\"0x01\"")));
        using var client = new JsonRpcClient(server.Endpoint, Fast);
        var e = await Assert.ThrowsAsync<RpcException>(() => new EthClient(client).ChainIdAsync());
        Assert.Equal(RpcErrorKind.Fatal, e.Kind);
        Assert.Contains("leading zeros", e.Message);
    }

    [Fact]
    public async Task Batch_answers_in_any_order_are_matched_by_id_in_one_http_request()
    {
        using var server = new ScriptedRpcServer((_, batch) =>
        {
            var answers = new List<string>();
            foreach (var r in batch.EnumerateArray())
            {
                answers.Add(r.GetProperty("method").GetString() == "eth_fail"
                    ? ScriptedRpcServer.Error(r, -32601, "method not found")
                    : ScriptedRpcServer.Result(r, JsonValue.Create(r.GetProperty("method").GetString())!.ToJsonString()));
            }
            answers.Reverse();
            return ScriptedAnswer.Ok("[" + string.Join(",", answers) + "]");
        });
        using var client = new JsonRpcClient(server.Endpoint, Fast);
        var results = await client.SendBatchAsync([new("eth_a"), new("eth_fail"), new("eth_c")]);
        Assert.Equal("eth_a", results[0].Value.GetString());
        Assert.Equal(-32601, results[1].Error!.Code);
        Assert.Equal(RpcErrorKind.Fatal, results[1].Error!.Kind);
        Assert.Equal("eth_c", results[2].Value.GetString());
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Batch_with_a_missing_answer_is_fatal()
    {
        using var server = new ScriptedRpcServer((_, batch) => ScriptedAnswer.Ok("[" + ScriptedRpcServer.Result(batch[0], "1") + "]"));
        using var client = new JsonRpcClient(server.Endpoint, Fast);
        var e = await Assert.ThrowsAsync<RpcException>(() => client.SendBatchAsync([new("eth_a"), new("eth_b")]));
        Assert.Equal(RpcErrorKind.Fatal, e.Kind);
        Assert.Contains("no answer for call 1", e.Message);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Batch_with_a_duplicated_id_is_fatal()
    {
        using var server = new ScriptedRpcServer((_, batch) =>
            ScriptedAnswer.Ok("[" + ScriptedRpcServer.Result(batch[0], "1") + "," + ScriptedRpcServer.Result(batch[0], "2") + "]"));
        using var client = new JsonRpcClient(server.Endpoint, Fast);
        var e = await Assert.ThrowsAsync<RpcException>(() => client.SendBatchAsync([new("eth_a"), new("eth_b")]));
        Assert.Contains("two answers", e.Message);
    }

    [Fact]
    public async Task Batch_is_resent_whole_when_one_call_got_a_retryable_error()
    {
        using var server = new ScriptedRpcServer((i, batch) => ScriptedAnswer.Ok("["
            + ScriptedRpcServer.Result(batch[0], "1") + ","
            + (i == 0 ? ScriptedRpcServer.Error(batch[1], -32000, "header not found") : ScriptedRpcServer.Result(batch[1], "2"))
            + "]"));
        using var client = new JsonRpcClient(server.Endpoint, Fast);
        var results = await client.SendBatchAsync([new("eth_a"), new("eth_b")]);
        Assert.Equal(2, results[1].Value.GetInt32());
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task Revert_with_a_custom_error_keeps_its_selector_and_raw_data()
    {
        const string data = "0xdeadbeef000000000000000000000000000000000000000000000000000000000000002a";
        using var server = new ScriptedRpcServer((_, r) => ScriptedAnswer.Ok(ScriptedRpcServer.Error(r, 3, "execution reverted", $"\"{data}\"")));
        var e = await FailingCall(server);
        Assert.Equal(Convert.FromHexString("deadbeef"), e.Revert!.Selector);
        Assert.Equal(36, e.Revert.Data.Length);
        Assert.Null(e.Revert.Message);
        Assert.Null(e.Revert.PanicCode);
    }
}
