namespace Rollup.Core.Operations;

public enum OraclePriceKind : byte
{
    /// <summary>The current index price of an underlying.</summary>
    Index = 0,

    /// <summary>The settlement price (30-minute TWAP) for an expiry; its timestamp is the expiry.</summary>
    Settlement = 1,
}
