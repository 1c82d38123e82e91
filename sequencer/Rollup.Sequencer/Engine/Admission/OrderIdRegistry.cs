namespace Rollup.Sequencer.Engine.Admission;

/// <summary>
/// The highest order id the sequencer has accepted in each (account, fill slot). Core's fill
/// slot remembers only orders that filled or were cancelled; an order that rested and left the
/// book untouched (self-trade prevention, expiry, IOC remainder) would otherwise be admissible
/// again from its old signature. Ids must rise within a slot, which is also the protocol's
/// advice for reusing slots (docs/PROTOCOL.md §4.4). Rebuilt by replay.
/// </summary>
internal sealed class OrderIdRegistry
{
    private readonly Dictionary<(uint Account, uint Slot), uint> _highest = new();

    public bool IsFresh(uint account, uint slot, uint orderId) =>
        !_highest.TryGetValue((account, slot), out var highest) || orderId > highest;

    public void Record(uint account, uint slot, uint orderId)
    {
        var key = (account, slot);
        if (!_highest.TryGetValue(key, out var highest) || orderId > highest) _highest[key] = orderId;
    }
}
