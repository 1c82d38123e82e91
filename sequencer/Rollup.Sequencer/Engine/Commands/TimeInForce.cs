namespace Rollup.Sequencer.Engine.Commands;

/// <summary>How long an order's unfilled remainder lives. Not part of the signed order: the trader chooses it per submission.</summary>
public enum TimeInForce : byte
{
    /// <summary>Rests until filled, cancelled or its signed expiry passes.</summary>
    GoodTillExpiry = 0,
    /// <summary>Immediate or cancel: whatever does not fill at once is dropped.</summary>
    ImmediateOrCancel = 1,
}
