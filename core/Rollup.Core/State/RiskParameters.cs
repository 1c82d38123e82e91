using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Core.State;

/// <summary>Global risk, fee and listing parameters; their Poseidon hash is part of the state root.</summary>
public sealed record RiskParameters
{
    /// <summary>Initial margin per short: max(ImBase * S - OTM, ImFloor * S) + locked premium.</summary>
    public ushort InitialMarginBps { get; init; } = 1500;
    public ushort InitialMarginFloorBps { get; init; } = 1000;
    /// <summary>Maintenance margin per short: Mm * S + locked premium.</summary>
    public ushort MaintenanceMarginBps { get; init; } = 750;
    /// <summary>Liquidation price distance from intrinsic value, in bps of S.</summary>
    public ushort LiquidationPenaltyBps { get; init; } = 250;
    public ushort MakerFeeBps { get; init; } = 2;
    public ushort TakerFeeBps { get; init; } = 5;
    public byte OracleQuorum { get; init; } = 1;
    public uint MaxPriceAgeSeconds { get; init; } = 600;
    public ushort MaxExpiryHorizonDays { get; init; } = 400;
    public ushort MaxSeriesPerExpiry { get; init; } = 64;
    public uint MaxStrikeSteps { get; init; } = 1_000_000;

    public void Validate()
    {
        static void Bps(ushort v, string name)
        {
            if (v > Limits.MaxFeeBps) throw new ArgumentOutOfRangeException(name, v, "basis points must not exceed 10000");
        }
        Bps(InitialMarginBps, nameof(InitialMarginBps));
        Bps(InitialMarginFloorBps, nameof(InitialMarginFloorBps));
        Bps(MaintenanceMarginBps, nameof(MaintenanceMarginBps));
        Bps(LiquidationPenaltyBps, nameof(LiquidationPenaltyBps));
        Bps(MakerFeeBps, nameof(MakerFeeBps));
        Bps(TakerFeeBps, nameof(TakerFeeBps));
        if (MaintenanceMarginBps > InitialMarginFloorBps)
            throw new ArgumentOutOfRangeException(nameof(MaintenanceMarginBps), "maintenance must not exceed the initial margin floor");
        if (OracleQuorum == 0 || OracleQuorum > Limits.MaxOracles)
            throw new ArgumentOutOfRangeException(nameof(OracleQuorum), "oracle quorum must be 1..8");
        if (MaxSeriesPerExpiry == 0) throw new ArgumentOutOfRangeException(nameof(MaxSeriesPerExpiry));
        if (MaxStrikeSteps == 0) throw new ArgumentOutOfRangeException(nameof(MaxStrikeSteps));
    }

    public Fr Hash() => Poseidon.Hash([
        Fr.FromUInt64(InitialMarginBps),
        Fr.FromUInt64(InitialMarginFloorBps),
        Fr.FromUInt64(MaintenanceMarginBps),
        Fr.FromUInt64(LiquidationPenaltyBps),
        Fr.FromUInt64(MakerFeeBps),
        Fr.FromUInt64(TakerFeeBps),
        Fr.FromUInt64(OracleQuorum),
        Fr.FromUInt64(MaxPriceAgeSeconds),
        Fr.FromUInt64(MaxExpiryHorizonDays),
        Fr.FromUInt64(MaxSeriesPerExpiry),
        Fr.FromUInt64(MaxStrikeSteps),
    ]);
}
