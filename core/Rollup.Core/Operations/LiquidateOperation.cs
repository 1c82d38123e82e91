using Rollup.Core.Fields;
using Rollup.Core.Hashing;
using Rollup.Core.Signatures;

namespace Rollup.Core.Operations;

/// <summary>
/// L2: the liquidator takes over <paramref name="Quantity"/> of an under-maintenance account's position
/// at the penalty price. Signed by the liquidator, who accepts the risk. Message:
/// Poseidon(domain(Liquidate), liquidated | liquidator&lt;&lt;32 | series&lt;&lt;64 | quantity&lt;&lt;80, nonce).
/// </summary>
public sealed record LiquidateOperation(uint LiquidatedId, uint LiquidatorId, ushort SeriesIndex, uint Quantity, uint Nonce, Signature Signature) : Operation
{
    public override OperationKind Kind => OperationKind.Liquidate;

    // The nonce is its own input: packed above bit 112 it would not fit in 128 bits.
    public static Fr Message(MessageDomain domain, uint liquidated, uint liquidator, ushort series, uint quantity, uint nonce) =>
        Poseidon.Hash(domain.Element(MessageKind.Liquidate),
            MessageDomain.Pack(liquidated | ((UInt128)liquidator << 32) | ((UInt128)series << 64) | ((UInt128)quantity << 80)),
            Fr.FromUInt64(nonce));
}
