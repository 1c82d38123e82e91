namespace Rollup.SettlementClient.Rlp;

/// <summary>Input that is not canonical RLP, or an item of the wrong shape for the field read from it.</summary>
public sealed class RlpException(string message) : FormatException(message);
