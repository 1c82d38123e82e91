using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Core.Operations;
using Rollup.Core.Signatures;

namespace Rollup.Sequencer.Engine.Admission;

/// <summary>
/// EdDSA-Poseidon checks made before a command enters the writer, on the caller's thread
/// (ASP.NET's thread pool), so the expensive verifications run on all cores. The result names
/// the key a signature verified against; the writer trusts it only while that key is current.
/// </summary>
internal static class SignatureAdmission
{
    public static bool Verify(in Fr message, in Signature signature, in AccountKey key) =>
        EddsaPoseidon.Verify(message, signature, new PublicKey(new JubjubPoint(key.X, key.Y)));

    public static Fr OrderMessage(MessageDomain domain, Order order) => order.Message(domain);

    public static MessageInputs OrderMessageInputs(MessageDomain domain, Order order)
    {
        Span<Fr> inputs = stackalloc Fr[Order.MessageInputCount];
        order.MessageInputs(domain, inputs);
        return MessageInputs.Of(inputs);
    }

    public static MessageInputs CancelMessageInputs(MessageDomain domain, CancelOperation c)
    {
        Span<Fr> inputs = stackalloc Fr[CancelOperation.MessageInputCount];
        CancelOperation.MessageInputs(domain, c.AccountId, c.OrderId, inputs);
        return MessageInputs.Of(inputs);
    }

    public static MessageInputs WithdrawMessageInputs(MessageDomain domain, WithdrawOperation w)
    {
        Span<Fr> inputs = stackalloc Fr[WithdrawOperation.MessageInputCount];
        WithdrawOperation.MessageInputs(domain, w.AccountId, w.Nonce, w.Amount, inputs);
        return MessageInputs.Of(inputs);
    }

    public static Fr CancelMessage(MessageDomain domain, CancelOperation c) => CancelOperation.Message(domain, c.AccountId, c.OrderId);

    public static Fr WithdrawMessage(MessageDomain domain, WithdrawOperation w) => WithdrawOperation.Message(domain, w.AccountId, w.Nonce, w.Amount);
}
