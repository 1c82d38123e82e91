namespace Rollup.Core.Operations;

/// <summary>Domain tag of each EdDSA-signed message; the low byte of the message's domain element.</summary>
public enum MessageKind : byte
{
    Order = 1,
    Cancel = 2,
    Withdraw = 3,
    Oracle = 4,
    Liquidate = 5,
}
