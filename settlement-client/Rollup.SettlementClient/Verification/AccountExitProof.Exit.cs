using Rollup.Core.State;
using Rollup.SettlementClient.Contracts.Rollup.Exits;

namespace Rollup.SettlementClient.Verification;

public sealed partial record AccountExitProof
{
    /// <summary>The contract call this proof is the arguments of.</summary>
    public ExitRequest ToExitRequest()
    {
        var slots = new ExitPositionLeaf[Positions.Count];
        for (int i = 0; i < slots.Length; i++) slots[i] = Slot(Positions[i]);
        return new ExitRequest(StateFields, AccountId, Leaf, Siblings, slots, Prices);
    }

    private static ExitPositionLeaf Slot(Position p) => p.IsEmpty
        ? ExitPositionLeaf.Empty
        : new ExitPositionLeaf(p.SeriesIndex, p.Terms.Underlying, p.Terms.Strike, p.Terms.Expiry, (ulong)p.Terms.Kind, p.Quantity, p.EntryPrice);
}
