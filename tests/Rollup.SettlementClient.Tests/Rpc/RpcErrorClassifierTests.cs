using System.Net;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Tests.Rpc;

public class RpcErrorClassifierTests
{
    [Theory]
    [InlineData(-32005, "limit exceeded", RpcErrorKind.Retryable)]
    [InlineData(-32002, "resource unavailable", RpcErrorKind.Retryable)]
    [InlineData(-32000, "header not found", RpcErrorKind.Retryable)]
    [InlineData(-32000, "block hash not found", RpcErrorKind.Reorg)]
    [InlineData(-32000, "unknown block", RpcErrorKind.Reorg)]
    [InlineData(-32000, "header for hash not found", RpcErrorKind.Reorg)]
    [InlineData(-32001, "Resource not found", RpcErrorKind.Reorg)]
    [InlineData(3, "execution reverted", RpcErrorKind.Fatal)]
    [InlineData(-32000, "execution reverted", RpcErrorKind.Fatal)]
    [InlineData(-32000, "nonce too low: next nonce 5, tx nonce 4", RpcErrorKind.Fatal)]
    [InlineData(-32003, "insufficient funds for gas * price + value", RpcErrorKind.Fatal)]
    [InlineData(-32602, "invalid params", RpcErrorKind.Fatal)]
    [InlineData(-32601, "method not found", RpcErrorKind.Fatal)]
    [InlineData(-32700, "parse error", RpcErrorKind.Fatal)]
    public void Error_objects_are_classified_by_message_then_code(int code, string message, RpcErrorKind expected) =>
        Assert.Equal(expected, RpcErrorClassifier.ClassifyError(code, message));

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, RpcErrorKind.Retryable)]
    [InlineData(HttpStatusCode.RequestTimeout, RpcErrorKind.Retryable)]
    [InlineData(HttpStatusCode.InternalServerError, RpcErrorKind.Retryable)]
    [InlineData(HttpStatusCode.BadGateway, RpcErrorKind.Retryable)]
    [InlineData(HttpStatusCode.BadRequest, RpcErrorKind.Fatal)]
    [InlineData(HttpStatusCode.Unauthorized, RpcErrorKind.Fatal)]
    [InlineData(HttpStatusCode.NotFound, RpcErrorKind.Fatal)]
    public void Http_statuses_are_retryable_only_for_408_429_and_5xx(HttpStatusCode status, RpcErrorKind expected) =>
        Assert.Equal(expected, RpcErrorClassifier.ClassifyHttpStatus(status));
}
