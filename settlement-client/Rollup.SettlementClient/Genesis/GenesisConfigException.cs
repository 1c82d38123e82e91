namespace Rollup.SettlementClient.Genesis;

/// <summary>A genesis file that is malformed, incomplete or describes an invalid configuration.</summary>
public sealed class GenesisConfigException(string message, Exception? inner = null) : Exception(message, inner);
