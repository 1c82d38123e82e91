using Rollup.Core.Fields;
using Rollup.Core.Hashing;
using Rollup.Core.Signatures;

namespace Rollup.Core.Operations;

/// <summary>L2: mark an order id as never fillable again. Message: Poseidon(domain(Cancel), accountId | orderId&lt;&lt;32).</summary>
public sealed record CancelOperation(uint AccountId, uint OrderId, Signature Signature) : Operation
{
    public override OperationKind Kind => OperationKind.Cancel;

    public static Fr Message(MessageDomain domain, uint accountId, uint orderId)
    {
        Span<Fr> inputs = stackalloc Fr[MessageInputCount];
        MessageInputs(domain, accountId, orderId, inputs);
        return Poseidon.Hash(inputs);
    }

    /// <summary>The Poseidon inputs of <see cref="Message"/>, for hashing many messages at once.</summary>
    public static void MessageInputs(MessageDomain domain, uint accountId, uint orderId, Span<Fr> inputs)
    {
        inputs[0] = domain.Element(MessageKind.Cancel);
        inputs[1] = MessageDomain.Pack(accountId | ((UInt128)orderId << 32));
    }

    public const int MessageInputCount = 2;
}
