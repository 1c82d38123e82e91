using System.Net;
using System.Text;
using Rollup.Core.Curves;
using Rollup.Core.Operations;
using Rollup.Sequencer.Rpc.Errors;

namespace Rollup.Sequencer.Tests.Rpc;

public class RpcErrorPathTests(RpcServerFixture fixture) : IClassFixture<RpcServerFixture>
{
    private RpcTestServer Server => fixture.Server;

    [Fact]
    public async Task Malformed_json_gets_parse_error_with_null_id()
    {
        var reply = await Server.PostAsync("""{"jsonrpc":"2.0","id":1,"method":""");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(-32700, reply.ErrorCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, reply.Json.GetProperty("id").ValueKind);
    }

    [Theory]
    [InlineData("""{"jsonrpc":"1.0","id":1,"method":"rollup_chainInfo"}""", "jsonrpc")]
    [InlineData("""{"id":1,"method":"rollup_chainInfo"}""", "jsonrpc")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":5}""", "method")]
    [InlineData("""{"jsonrpc":"2.0","id":{"a":1},"method":"rollup_chainInfo"}""", "id")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"rollup_chainInfo","extra":true}""", "extra")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"rollup_chainInfo","params":"x"}""", "params")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"id":2,"method":"rollup_chainInfo"}""", "twice")]
    [InlineData("""42""", "object")]
    public async Task Request_that_is_not_json_rpc_2_0_gets_invalid_request(string body, string mentioned)
    {
        var reply = await Server.PostAsync(body);
        Assert.Equal(-32600, reply.ErrorCode);
        Assert.Contains(mentioned, reply.ErrorMessage);
    }

    [Fact]
    public async Task Unknown_method_gets_method_not_found_and_echoes_the_string_id()
    {
        var reply = await Server.PostAsync("""{"jsonrpc":"2.0","id":"abc","method":"rollup_nope","params":{}}""");
        Assert.Equal(-32601, reply.ErrorCode);
        Assert.Equal("abc", reply.Json.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("\"125000000\"", "order.limitPrice")]
    [InlineData("-5", "order.limitPrice")]
    [InlineData("1.5", "order.limitPrice")]
    [InlineData("null", "order.limitPrice")]
    public async Task Wrong_type_is_invalid_params_naming_the_field(string limitPrice, string field)
    {
        var reply = await Server.PostAsync(Requests.SendOrder(parameters: Requests.SendOrderParams(Requests.Order(limitPrice))));
        Assert.Equal(-32602, reply.ErrorCode);
        Assert.Equal(field, reply.ErrorField);
    }

    [Fact]
    public async Task Missing_field_is_invalid_params_naming_it()
    {
        var order = Requests.Order().Replace("\"accountId\":7,", "", StringComparison.Ordinal);
        var reply = await Server.PostAsync(Requests.SendOrder(parameters: Requests.SendOrderParams(order)));
        Assert.Equal(-32602, reply.ErrorCode);
        Assert.Equal("order.accountId", reply.ErrorField);
        Assert.Contains("required", reply.ErrorMessage);
    }

    [Fact]
    public async Task Unknown_field_is_refused_naming_it()
    {
        int writes = Server.Api.Writes.Count;
        var reply = await Server.PostAsync(Requests.SendOrder(parameters: Requests.SendOrderParams(Requests.Order(extra: ",\"leverage\":10"))));
        Assert.Equal(-32602, reply.ErrorCode);
        Assert.Equal("order.leverage", reply.ErrorField);
        Assert.Equal(writes, Server.Api.Writes.Count);
    }

    [Fact]
    public async Task Price_beyond_48_bits_is_refused_with_its_range()
    {
        var reply = await Server.PostAsync(Requests.SendOrder(parameters: Requests.SendOrderParams(Requests.Order((1UL << 48).ToString()))));
        Assert.Equal(-32602, reply.ErrorCode);
        Assert.Equal("order.limitPrice", reply.ErrorField);
        Assert.Contains("281474976710655", reply.ErrorMessage);
    }

    [Fact]
    public async Task Account_id_beyond_32_bits_is_refused()
    {
        var reply = await Server.PostAsync(Requests.SendOrder(parameters: Requests.SendOrderParams(Requests.Order(accountId: "4294967296"))));
        Assert.Equal(-32602, reply.ErrorCode);
        Assert.Equal("order.accountId", reply.ErrorField);
    }

    [Fact]
    public async Task Signature_scalar_not_below_the_subgroup_order_is_refused()
    {
        var signature = $$"""{"r8x":"{{BabyJubjub.Base8.X}}","r8y":"{{BabyJubjub.Base8.Y}}","s":"{{BabyJubjub.SubOrder}}"}""";
        var reply = await Server.PostAsync(Requests.SendOrder(parameters: Requests.SendOrderParams(signature: signature)));
        Assert.Equal(-32602, reply.ErrorCode);
        Assert.Equal("signature.s", reply.ErrorField);
    }

    [Fact]
    public async Task Signature_point_off_the_curve_is_a_bad_signature()
    {
        var reply = await Server.PostAsync(Requests.SendOrder(parameters: Requests.SendOrderParams(signature: """{"r8x":"1","r8y":"2","s":"3"}""")));
        Assert.Equal((int)RpcErrorCode.BadSignature, reply.ErrorCode);
    }

    [Fact]
    public async Task Field_element_with_leading_zero_is_refused()
    {
        var reply = await Server.PostAsync(Requests.SendOrder(parameters: Requests.SendOrderParams(signature: """{"r8x":"01","r8y":"2","s":"3"}""")));
        Assert.Equal(-32602, reply.ErrorCode);
        Assert.Equal("signature.r8x", reply.ErrorField);
    }

    [Fact]
    public async Task Side_given_as_a_number_is_refused()
    {
        var order = Requests.Order().Replace("\"sell\"", "1", StringComparison.Ordinal);
        var reply = await Server.PostAsync(Requests.SendOrder(parameters: Requests.SendOrderParams(order)));
        Assert.Equal(-32602, reply.ErrorCode);
        Assert.Equal("order.side", reply.ErrorField);
    }

    [Fact]
    public async Task Positional_params_are_refused_as_invalid_params()
    {
        var reply = await Server.PostAsync("""{"jsonrpc":"2.0","id":1,"method":"rollup_getAccount","params":[7]}""");
        Assert.Equal(-32602, reply.ErrorCode);
        Assert.Equal("params", reply.ErrorField);
    }

    [Fact]
    public async Task Address_with_a_wrong_checksum_is_refused()
    {
        var reply = await Server.CallAsync("rollup_getAccountId", """{"address":"0x70997970C51812dc3A010C7d01b50e0d17dc79c8"}""");
        Assert.Equal(-32602, reply.ErrorCode);
        Assert.Equal("address", reply.ErrorField);
        Assert.Contains("checksum", reply.ErrorMessage);
    }

    [Fact]
    public async Task Body_over_the_limit_with_a_content_length_gets_413()
    {
        var huge = Requests.SendOrder().Replace("\"timeInForce\"", "\"x\"", StringComparison.Ordinal) + new string(' ', 100 * 1024);
        var reply = await Server.PostAsync(huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
        Assert.Equal(-32600, reply.ErrorCode);
        Assert.Contains("65536", reply.ErrorMessage);
    }

    [Fact]
    public async Task Chunked_body_over_the_limit_gets_413_without_being_read_whole()
    {
        var chunk = Encoding.UTF8.GetBytes(new string(' ', 8 * 1024));
        using var content = new StreamContent(new RepeatingStream(chunk, 1024));
        using var response = await Server.Http.PostAsync("/", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Batch_over_the_item_limit_is_too_large()
    {
        var items = string.Join(",", Enumerable.Range(1, 11).Select(i => $$"""{"jsonrpc":"2.0","id":{{i}},"method":"rollup_chainInfo"}"""));
        var reply = await Server.PostAsync("[" + items + "]");
        Assert.Equal((int)RpcErrorCode.TooLarge, reply.ErrorCode);
    }

    [Fact]
    public async Task Empty_batch_is_an_invalid_request()
    {
        var reply = await Server.PostAsync("[]");
        Assert.Equal(-32600, reply.ErrorCode);
    }

    [Fact]
    public async Task Engine_refusal_maps_to_its_error_code_and_reason()
    {
        Server.Api.Refuse = op => op is WithdrawOperation ? new SequencerApiException(RejectReason.InsufficientMargin, "equity below initial") : null;
        try
        {
            var reply = await Server.CallAsync("rollup_withdraw", $$"""{"accountId":7,"amount":"1000000","nonce":4,"signature":{{Requests.Signature}}}""");
            Assert.Equal((int)RpcErrorCode.InsufficientMargin, reply.ErrorCode);
            Assert.Equal("InsufficientMargin", reply.Json.GetProperty("error").GetProperty("data").GetProperty("reason").GetString());
        }
        finally
        {
            Server.Api.Refuse = _ => null;
        }
    }

    [Fact]
    public async Task Paused_engine_refuses_writes_with_the_paused_code()
    {
        Server.Api.Refuse = _ => new RpcException(RpcErrorCode.Paused, "the sequencer is paused");
        try
        {
            var reply = await Server.PostAsync(Requests.SendOrder());
            Assert.Equal((int)RpcErrorCode.Paused, reply.ErrorCode);
        }
        finally
        {
            Server.Api.Refuse = _ => null;
        }
    }

    [Fact]
    public async Task Unexpected_failure_is_an_internal_error_that_leaks_nothing()
    {
        Server.Api.Refuse = op => op is CancelOperation ? new InvalidOperationException("secret detail") : null;
        try
        {
            var reply = await Server.CallAsync("rollup_cancelOrder", $$"""{"accountId":7,"orderId":9,"signature":{{Requests.Signature}}}""");
            Assert.Equal(-32603, reply.ErrorCode);
            Assert.DoesNotContain("secret", reply.Json.ToString());
        }
        finally
        {
            Server.Api.Refuse = _ => null;
        }
    }

    [Fact]
    public async Task Withdraw_amount_must_be_a_decimal_string()
    {
        var reply = await Server.CallAsync("rollup_withdraw", $$"""{"accountId":7,"amount":1000000,"nonce":4,"signature":{{Requests.Signature}}}""");
        Assert.Equal(-32602, reply.ErrorCode);
        Assert.Equal("amount", reply.ErrorField);
    }

    [Fact]
    public async Task Unknown_account_read_is_unknown_account()
    {
        var reply = await Server.CallAsync("rollup_getAccount", """{"accountId":8}""");
        Assert.Equal((int)RpcErrorCode.UnknownAccount, reply.ErrorCode);
    }

    [Fact]
    public async Task Subscribe_over_http_is_refused_pointing_to_websocket()
    {
        var reply = await Server.CallAsync("rollup_subscribe", """{"topic":"batches"}""");
        Assert.Equal(-32601, reply.ErrorCode);
        Assert.Contains("WebSocket", reply.ErrorMessage);
    }

    private sealed class RepeatingStream(byte[] chunk, int times) : Stream
    {
        private int _sent;
        private int _offset;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_sent >= times) return 0;
            int n = Math.Min(count, chunk.Length - _offset);
            Array.Copy(chunk, _offset, buffer, offset, n);
            _offset += n;
            if (_offset == chunk.Length)
            {
                _offset = 0;
                _sent++;
            }
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
