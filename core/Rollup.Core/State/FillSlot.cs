using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Core.State;

/// <summary>
/// Order-fill storage slot (orderId mod 2^fillsDepth). It remembers the latest order id that used
/// it and how much that order has filled. An order with a higher id takes the slot over from
/// zero; one with a lower id is stale and can never fill, which is what stops replays.
/// </summary>
public readonly record struct FillSlot(uint OrderId, uint Filled)
{
    public bool IsEmpty => OrderId == 0 && Filled == 0;

    public Fr Leaf() => IsEmpty ? Fr.Zero : Poseidon.Hash(Fr.FromUInt64(OrderId), Fr.FromUInt64(Filled));

    /// <summary>How much the given order has filled under this slot, or null if the order id is stale.</summary>
    public uint? FilledFor(uint orderId)
    {
        if (orderId == OrderId) return Filled;
        if (orderId > OrderId || IsEmpty) return 0;
        return null;
    }
}
