namespace Rollup.SettlementClient.Eip712;

/// <summary>Typed data that does not match its declared types (unknown type, missing field, bad value).</summary>
public sealed class TypedDataException(string message) : Exception(message);
