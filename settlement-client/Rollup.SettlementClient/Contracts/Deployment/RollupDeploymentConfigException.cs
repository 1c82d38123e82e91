namespace Rollup.SettlementClient.Contracts.Deployment;

/// <summary>A deployment config that cannot be deployed: a bad value, or a mismatch with the node (chain id, an address without code). Nothing was sent.</summary>
public sealed class RollupDeploymentConfigException(string message, Exception? inner = null) : Exception(message, inner);
