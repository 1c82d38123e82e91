namespace Rollup.Sequencer.Tests.Rpc;

public class RpcParamReasonTests(RpcServerFixture fixture) : IClassFixture<RpcServerFixture>
{
    [Theory]
    [InlineData("rollup_getAccount", """{"accountId":"7"}""", "accountId", "must be an integer in [0, 4294967295]")]
    [InlineData("rollup_getAccount", """{"accountId":null}""", "accountId", "must not be null")]
    [InlineData("rollup_getAccount", """{"accountId":7,"accountId":8}""", "accountId", "a field is given twice")]
    [InlineData("rollup_getOrderBook", """{"series":70000}""", "series", "must be an integer in [0, 65535]")]
    [InlineData("rollup_postOraclePrice", """{"kind":"bogus","underlying":0,"timestamp":1,"submissions":[]}""", "kind", "must be one of \"index\", \"settlement\"")]
    [InlineData("rollup_cancelAll", """{"accountId":7,"cancels":[{"orderId":9,"foo":1}]}""", "cancels[0].foo", "is not a known field")]
    [InlineData("rollup_cancelAll", """{"accountId":7,"cancels":{}}""", "cancels", "must be an array")]
    [InlineData("rollup_cancelAll", """{"accountId":7,"cancels":[]}""", "cancels", "needs at least 1 item(s)")]
    [InlineData("rollup_getAccountProof", """{"accountId":7,"root":"0x12"}""", "root", "expected a decimal string below the field modulus")]
    [InlineData("rollup_subscribe", """{"topic":"trades"}""", "topic", "must be one of \"book\", \"fills\", \"batches\"")]
    public async Task Invalid_params_name_the_field_and_the_rule(string method, string parameters, string field, string reason)
    {
        var reply = await fixture.Server.CallAsync(method, parameters);
        Assert.Equal(-32602, reply.ErrorCode);
        Assert.Equal(field, reply.ErrorField);
        Assert.Equal(reason, reply.Json.GetProperty("error").GetProperty("data").GetProperty("reason").GetString());
    }
}
