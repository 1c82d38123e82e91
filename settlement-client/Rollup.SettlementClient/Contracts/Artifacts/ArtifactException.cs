namespace Rollup.SettlementClient.Contracts.Artifacts;

/// <summary>A Hardhat artifact that is missing, malformed, or cannot be used as asked (e.g. unlinked libraries).</summary>
public class ArtifactException(string message, Exception? inner = null) : Exception(message, inner);
