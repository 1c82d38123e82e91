using Rollup.Core.Operations;

namespace Rollup.Sequencer.Rpc.Views;

/// <summary>An order resting in a book: its signed fields, how much has filled, and the sequence at which it was accepted.</summary>
public sealed record OpenOrderView(
    uint OrderId,
    ushort Series,
    Side Side,
    ulong LimitPrice,
    uint Size,
    uint Filled,
    ulong Expiry,
    bool PostOnly,
    bool ReduceOnly,
    long Sequence);
