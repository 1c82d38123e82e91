using Rollup.Core.Curves;
using Rollup.Core.Ethereum;
using Rollup.Core.Fields;

namespace Rollup.Core.Operations;

/// <summary>
/// L1 priority: the sender sets the L2 key of its account (created if it has none). The key is
/// the raw 32 bytes the contract queued, published unchanged even when they are not a valid key,
/// so the record always matches the queue entry the contract hashed.
/// </summary>
public sealed record L1RegisterKeyOperation : Operation
{
    public L1RegisterKeyOperation(L1Address from, byte[] packedKey)
    {
        if (packedKey is not { Length: JubjubPoint.PackedLength })
            throw new ArgumentException("an L1 key registration carries exactly 32 key bytes", nameof(packedKey));
        From = from;
        PackedKey = (byte[])packedKey.Clone();
    }

    /// <summary>From key coordinates, packed as circomlib packs points.</summary>
    public L1RegisterKeyOperation(L1Address from, in Fr keyX, in Fr keyY)
        : this(from, new JubjubPoint(keyX, keyY).Pack())
    {
    }

    public L1Address From { get; }

    public byte[] PackedKey { get; }

    public override OperationKind Kind => OperationKind.L1RegisterKey;
    public override bool IsPriority => true;
}
