namespace Rollup.SettlementClient.Devnet;

/// <summary>The local node could not be started or did not answer.</summary>
public sealed class AnvilException(string message) : Exception(message);
