using Rollup.Core.Fields;
using Rollup.Core.Hashing;
using Rollup.Core.Signatures;

namespace Rollup.Core.Operations;

/// <summary>
/// L2: withdraw collateral to the account's L1 address. Message:
/// Poseidon(domain(Withdraw), accountId | nonce&lt;&lt;32 | amount&lt;&lt;64).
/// </summary>
public sealed record WithdrawOperation(uint AccountId, ulong Amount, uint Nonce, Signature Signature) : Operation
{
    public override OperationKind Kind => OperationKind.Withdraw;

    public static Fr Message(MessageDomain domain, uint accountId, uint nonce, ulong amount)
    {
        Span<Fr> inputs = stackalloc Fr[MessageInputCount];
        MessageInputs(domain, accountId, nonce, amount, inputs);
        return Poseidon.Hash(inputs);
    }

    /// <summary>The Poseidon inputs of <see cref="Message"/>, for hashing many messages at once.</summary>
    public static void MessageInputs(MessageDomain domain, uint accountId, uint nonce, ulong amount, Span<Fr> inputs)
    {
        inputs[0] = domain.Element(MessageKind.Withdraw);
        inputs[1] = MessageDomain.Pack(accountId | ((UInt128)nonce << 32) | ((UInt128)amount << 64));
    }

    public const int MessageInputCount = 2;
}
