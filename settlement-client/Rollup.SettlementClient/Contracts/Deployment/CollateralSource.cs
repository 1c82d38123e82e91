using Rollup.Core.Ethereum;

namespace Rollup.SettlementClient.Contracts.Deployment;

/// <summary>The collateral token: a fresh DevnetStablecoin (anyone can mint it: devnets only) or an existing 6-decimal token.</summary>
public abstract record CollateralSource
{
    private CollateralSource()
    {
    }

    public static readonly CollateralSource DevnetToken = new Devnet();

    public sealed record Devnet : CollateralSource
    {
        public override string ToString() => "devnet token";
    }

    public sealed record Existing(L1Address Address) : CollateralSource
    {
        public override string ToString() => $"existing {Address}";
    }
}
