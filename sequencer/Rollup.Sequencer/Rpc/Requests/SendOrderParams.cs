using Rollup.Core.Operations;

namespace Rollup.Sequencer.Rpc.Requests;

public sealed record SendOrderParams(OrderDto Order, SignatureDto Signature, TimeInForce TimeInForce = TimeInForce.Gtc)
{
    public SignedOrder ToCore() => new(Order.ToCore("order"), Signature.ToCore("signature"));
}
