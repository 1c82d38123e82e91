namespace Rollup.SettlementClient.Contracts.Artifacts;

/// <summary>No artifact for a contract name, or no artifacts directory at all (the contracts were not built).</summary>
public sealed class ArtifactNotFoundException(string contractName, string message) : ArtifactException(message)
{
    public string ContractName { get; } = contractName;
}
