namespace Rollup.Sequencer.Rpc;

/// <summary>
/// How long an order may rest. Not part of the signed message (PROTOCOL.md §3.3): it only tells
/// the sequencer's book what to do with an unfilled remainder.
/// </summary>
public enum TimeInForce : byte
{
    /// <summary>Good till cancelled (or its signed expiry).</summary>
    Gtc = 0,

    /// <summary>Immediate or cancel: match what crosses now, drop the rest.</summary>
    Ioc = 1,
}
