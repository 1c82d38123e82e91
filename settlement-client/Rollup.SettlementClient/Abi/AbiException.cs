namespace Rollup.SettlementClient.Abi;

/// <summary>An unknown ABI type, a value that does not fit its type, or ABI data that is malformed or non-canonical.</summary>
public sealed class AbiException(string message) : FormatException(message);
