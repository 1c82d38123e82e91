namespace Rollup.SettlementClient.Contracts.Events;

/// <summary>A decoded event of the settlement contract (OptionsRollup and the contracts it inherits).</summary>
public abstract record RollupEvent(LogPosition Position);
