namespace Rollup.SettlementClient.Keys;

/// <summary>A key could not be loaded from its source (variable unset, file missing, malformed hex). Messages name the source, never the key or password.</summary>
public sealed class KeySourceException(string message) : Exception(message);
