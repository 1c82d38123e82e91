using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Core.State;

/// <summary>
/// One position slot of an account. It carries its series' terms so the margin check needs
/// no other lookup. Quantity is signed (negative = short). EntryPrice is the premium per
/// contract a short has locked: the highest price at which the short was opened or added
/// to (a conservative stand-in for the mark price; averaging would need division).
/// Longs keep EntryPrice 0. An empty slot has Quantity 0 and hashes to the zero leaf.
/// </summary>
public readonly record struct Position(ushort SeriesIndex, SeriesTerms Terms, long Quantity, ulong EntryPrice)
{
    public bool IsEmpty => Quantity == 0;

    public static readonly Position Empty = default;

    public Fr Leaf()
    {
        if (IsEmpty) return Fr.Zero;
        return Poseidon.Hash([
            Fr.FromUInt64(SeriesIndex),
            Fr.FromUInt64(Terms.Underlying),
            Fr.FromUInt64(Terms.Strike),
            Fr.FromUInt64(Terms.Expiry),
            Fr.FromUInt64((ulong)Terms.Kind),
            Fr.FromInt64(Quantity),
            Fr.FromUInt64(EntryPrice),
        ]);
    }
}
