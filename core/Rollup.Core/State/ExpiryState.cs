using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Core.State;

/// <summary>Per (underlying, expiry day): how many series are listed, and the settlement price once posted (0 before).</summary>
public readonly record struct ExpiryState(uint ListedCount, ulong SettlementPrice)
{
    public bool IsEmpty => ListedCount == 0 && SettlementPrice == 0;

    public bool IsSettled => SettlementPrice != 0;

    public Fr Leaf() => IsEmpty ? Fr.Zero : Poseidon.Hash(Fr.FromUInt64(ListedCount), Fr.FromUInt64(SettlementPrice));

    /// <summary>Key in the expiry tree: underlying in the top 4 of 20 bits, the day number below.</summary>
    public static ulong Key(byte underlying, ushort day) => ((ulong)underlying << 16) | day;
}
