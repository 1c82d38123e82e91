using Rollup.Core.Operations;

namespace Rollup.Sequencer.Engine.Commands;

/// <summary>Signed oracle submissions; an index price triggers the liquidation sweep, a settlement price the settlement sweep.</summary>
public sealed record OraclePriceCommand(OraclePriceOperation Price) : EngineCommand
{
    public override CommandKind Kind => CommandKind.OraclePrice;
}
