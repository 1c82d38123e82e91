namespace Rollup.Sequencer.Rpc.Views;

/// <summary>One price level: limit price (micro-USD), open quantity (thousandths of a contract) and order count.</summary>
public sealed record BookLevel(ulong Price, ulong Quantity, int Orders);
