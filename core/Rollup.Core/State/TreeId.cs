namespace Rollup.Core.State;

/// <summary>Which tree a trace entry touches. Account subtrees name their owner in the entry.</summary>
public enum TreeId : byte
{
    Accounts = 0,
    Positions = 1,
    Fills = 2,
    Series = 3,
    Underlyings = 4,
    Expiries = 5,
    Oracles = 6,
}
