namespace Rollup.Sequencer.Book;

/// <summary>Why a resting order left the book without filling completely.</summary>
public enum RemovalReason : byte
{
    Cancelled = 1,
    /// <summary>Self-trade prevention: an incoming order of the same account met it.</summary>
    SelfTrade = 2,
    Expired = 3,
    /// <summary>Core refused to fill it (maker margin, superseded fill slot, ...).</summary>
    Refused = 4,
    /// <summary>Its account was liquidated.</summary>
    Liquidated = 5,
    /// <summary>Its series expired.</summary>
    SeriesExpired = 6,
}
