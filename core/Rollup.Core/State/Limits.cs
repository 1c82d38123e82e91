namespace Rollup.Core.State;

/// <summary>
/// Bit widths and fixed scales of the protocol (docs/PROTOCOL.md §2). Every value that
/// enters state or pubdata is checked against these before anything changes, so the
/// circuit can prove each with a fixed-width range check.
/// </summary>
public static class Limits
{
    public const int AccountIdBits = 32;
    public const int OrderIdBits = 32;
    public const int SeriesIndexBits = 16;
    public const int UnderlyingBits = 4;
    public const int PriceBits = 48;
    public const int QuantityBits = 32;
    public const int PositionBits = 40;
    public const int AmountBits = 63;
    public const int TimestampBits = 40;

    public const ulong MaxPrice = (1UL << PriceBits) - 1;
    public const ulong MaxAmount = (1UL << AmountBits) - 1;
    public const long MaxPositionMagnitude = (1L << PositionBits) - 1;
    public const ulong MaxTimestamp = (1UL << TimestampBits) - 1;
    public const int MaxUnderlyings = 1 << UnderlyingBits;
    public const int MaxSeries = 1 << SeriesIndexBits;
    public const ushort MaxFeeBps = 10_000;

    /// <summary>Quantities are in thousandths of a contract; cash = quantity * price / 1000.</summary>
    public const long QuantityScale = 1000;

    /// <summary>Basis points: 10,000 = 100%.</summary>
    public const long BpsScale = 10_000;

    /// <summary>Options expire at 08:00 UTC of their expiry day.</summary>
    public const ulong ExpiryTimeOfDay = 8 * 3600;
    public const ulong SecondsPerDay = 86_400;

    /// <summary>A fill slot whose filled amount is this can never fill again: Cancel writes it.</summary>
    public const uint CancelledFill = uint.MaxValue;

    /// <summary>Eight position slots per account: the positions subtree has depth 3.</summary>
    public const int PositionSlots = 8;
    public const int PositionsDepth = 3;

    public const int SeriesDepth = SeriesIndexBits;
    public const int UnderlyingsDepth = UnderlyingBits;
    /// <summary>Expiry tree key: underlying (4 bits) above the expiry day number (16 bits).</summary>
    public const int ExpiriesDepth = UnderlyingBits + 16;
    public const int MaxOracles = 8;
    public const int OraclesDepth = 3;

    /// <summary>Account 0 collects fees; account 1 is the insurance fund and expiry clearing account.</summary>
    public const uint FeeAccountId = 0;
    public const uint InsuranceAccountId = 1;
}
