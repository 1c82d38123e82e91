using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Core.State;

/// <summary>An underlying's index price (0 until the oracles post one), its oracle timestamp and its strike grid step.</summary>
public readonly record struct UnderlyingState(ulong IndexPrice, ulong PriceTimestamp, ulong StrikeStep)
{
    public bool IsListed => StrikeStep != 0;

    public Fr Leaf() => IsListed
        ? Poseidon.Hash(Fr.FromUInt64(IndexPrice), Fr.FromUInt64(PriceTimestamp), Fr.FromUInt64(StrikeStep))
        : Fr.Zero;
}
