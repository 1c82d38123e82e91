namespace Rollup.Core.Operations;

public enum Side : byte
{
    Buy = 0,
    Sell = 1,
}
