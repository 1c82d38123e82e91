namespace Rollup.SettlementClient.Contracts.Events;

/// <summary>
/// A log that is not a well-formed event of the settlement contract: another address, an unknown
/// topic 0, a wrong topic count, data that does not decode, or fields that break the contract's
/// own rules (an unknown request kind, a request hash that does not match its fields).
/// </summary>
public sealed class RollupEventFormatException(string message, LogPosition? position = null, Exception? inner = null)
    : FormatException(position is null ? message : $"{message} ({position})", inner)
{
    public LogPosition? Position { get; } = position;
}
