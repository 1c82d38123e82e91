namespace Rollup.Core.Margin;

/// <summary>
/// An account's margin figures, all in units of 10^-13 USD (micro-USD x 1/1000 contract x
/// 1/10000 bps) so that every comparison is exact and no division is needed:
/// Equity = 10^7 * collateral + 10^4 * sum(q * intrinsic(S)); Lock = 10^4 * sum over shorts
/// |q| * entryPrice; Initial = sum over shorts |q| * max(imBps * S - 10^4 * OTM, floorBps * S) + Lock;
/// Maintenance = sum over shorts |q| * mmBps * S + Lock.
/// </summary>
public readonly record struct MarginSummary(Int128 Equity, Int128 Lock, Int128 Initial, Int128 Maintenance)
{
    /// <summary>Units per micro-USD of collateral.</summary>
    public const long Scale = State.Limits.QuantityScale * State.Limits.BpsScale;

    public bool MeetsInitial => Equity >= Initial;

    public bool MeetsMaintenance => Equity >= Maintenance;

    /// <summary>Equity covers intrinsic liabilities and locked premium: the floor for risk-reducing trades.</summary>
    public bool IsSolvent => Equity >= Lock;

    /// <summary>Collateral (micro-USD) that can leave while still meeting initial margin.</summary>
    public ulong FreeCollateral(ulong collateral)
    {
        var surplus = Equity - Initial;
        if (surplus <= 0) return 0;
        var free = surplus / Scale;
        return free >= collateral ? collateral : (ulong)free;
    }
}
