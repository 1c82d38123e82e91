using Rollup.Core.Operations;
using Rollup.Sequencer.Rpc.Errors;

namespace Rollup.Sequencer.Tests.Rpc;

public class RejectReasonCodesTests
{
    [Theory]
    [InlineData(RejectReason.BadSignature, RpcErrorCode.BadSignature)]
    [InlineData(RejectReason.BadNonce, RpcErrorCode.NonceReused)]
    [InlineData(RejectReason.StaleOrderId, RpcErrorCode.OrderIdReused)]
    [InlineData(RejectReason.Overfill, RpcErrorCode.OrderIdReused)]
    [InlineData(RejectReason.OrderExpired, RpcErrorCode.Expired)]
    [InlineData(RejectReason.NoKey, RpcErrorCode.UnknownAccount)]
    [InlineData(RejectReason.UnknownSeries, RpcErrorCode.UnknownSeries)]
    [InlineData(RejectReason.InsufficientCollateral, RpcErrorCode.InsufficientMargin)]
    [InlineData(RejectReason.UnknownOracle, RpcErrorCode.NotAnOracle)]
    [InlineData(RejectReason.PostOnlyTaker, RpcErrorCode.Rejected)]
    public void Reject_reason_maps_to_its_code(RejectReason reason, RpcErrorCode code) =>
        Assert.Equal(code, RejectReasonCodes.CodeOf(reason));

    [Fact]
    public void Every_refusal_reason_maps_to_an_application_code_in_the_table_and_names_itself()
    {
        foreach (var reason in Enum.GetValues<RejectReason>())
        {
            if (reason == RejectReason.None) continue;
            var error = RejectReasonCodes.ToError(reason);
            Assert.True((int)error.Code is <= -32000 and > -32100, $"{reason} maps to {error.Code}");
            Assert.Contains(RpcErrorCatalog.All, e => e.Code == error.Code);
            Assert.Equal(reason.ToString(), error.Data!["reason"]);
        }
    }
}
