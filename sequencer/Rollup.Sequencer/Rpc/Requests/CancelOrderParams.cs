using Rollup.Core.Operations;

namespace Rollup.Sequencer.Rpc.Requests;

public sealed record CancelOrderParams(uint AccountId, uint OrderId, SignatureDto Signature)
{
    public CancelOperation ToCore() => new(AccountId, OrderId, Signature.ToCore("signature"));
}
