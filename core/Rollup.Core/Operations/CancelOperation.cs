using Rollup.Core.Fields;
using Rollup.Core.Hashing;
using Rollup.Core.Signatures;

namespace Rollup.Core.Operations;

/// <summary>L2: mark an order id as never fillable again. Message: Poseidon(domain(Cancel), accountId | orderId&lt;&lt;32).</summary>
public sealed record CancelOperation(uint AccountId, uint OrderId, Signature Signature) : Operation
{
    public override OperationKind Kind => OperationKind.Cancel;

    public static Fr Message(MessageDomain domain, uint accountId, uint orderId) =>
        Poseidon.Hash(domain.Element(MessageKind.Cancel), MessageDomain.Pack(accountId | ((UInt128)orderId << 32)));
}
