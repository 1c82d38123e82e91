using System.Numerics;

namespace Rollup.Cli.Trader;

/// <summary>
/// A micro-USD amount in a <see cref="CommandResult"/>: one text line in USD, two JSON fields
/// (the USD decimal string, and the exact micro-USD integer as a string under name + "MicroUsd").
/// </summary>
internal readonly record struct UsdValue(BigInteger MicroUsd)
{
    public const string MicroUsdSuffix = "MicroUsd";

    public override string ToString() => UsdAmount.Format(MicroUsd) + " USD";
}
