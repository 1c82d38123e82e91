using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Core.Operations;

/// <summary>
/// A limit order as the trader signs it. Size and fills are in thousandths of a contract,
/// LimitPrice is the premium per contract in micro-USD. Message:
/// Poseidon(domain(Order), accountId | orderId&lt;&lt;32 | series&lt;&lt;64 | side&lt;&lt;80 | reduceOnly&lt;&lt;81 |
/// postOnly&lt;&lt;82 | maxFeeBps&lt;&lt;83, limitPrice | size&lt;&lt;48 | expiry&lt;&lt;80).
/// </summary>
public sealed record Order(
    uint AccountId,
    uint OrderId,
    ushort SeriesIndex,
    Side Side,
    ulong LimitPrice,
    uint Size,
    ulong Expiry,
    ushort MaxFeeBps,
    bool ReduceOnly = false,
    bool PostOnly = false)
{
    public bool FieldsInRange =>
        LimitPrice is > 0 and <= State.Limits.MaxPrice &&
        Size > 0 && Size != State.Limits.CancelledFill &&
        Expiry <= State.Limits.MaxTimestamp &&
        MaxFeeBps <= State.Limits.MaxFeeBps &&
        (Side == Side.Buy || Side == Side.Sell);

    public Fr Message(MessageDomain domain)
    {
        Span<Fr> inputs = stackalloc Fr[MessageInputCount];
        MessageInputs(domain, inputs);
        return Poseidon.Hash(inputs);
    }

    /// <summary>The Poseidon inputs of <see cref="Message"/>, for hashing many messages at once (<see cref="Poseidon.HashMany"/>).</summary>
    public void MessageInputs(MessageDomain domain, Span<Fr> inputs)
    {
        UInt128 e1 = AccountId
            | ((UInt128)OrderId << 32)
            | ((UInt128)SeriesIndex << 64)
            | ((UInt128)(byte)Side << 80)
            | ((UInt128)(ReduceOnly ? 1u : 0u) << 81)
            | ((UInt128)(PostOnly ? 1u : 0u) << 82)
            | ((UInt128)MaxFeeBps << 83);
        UInt128 e2 = LimitPrice | ((UInt128)Size << 48) | ((UInt128)Expiry << 80);
        inputs[0] = domain.Element(MessageKind.Order);
        inputs[1] = MessageDomain.Pack(e1);
        inputs[2] = MessageDomain.Pack(e2);
    }

    public const int MessageInputCount = 3;
}
