using Rollup.Core.Ethereum;

namespace Rollup.SettlementClient.Contracts.Deployment;

/// <summary>
/// Where a deployed system lives: what scripts/deploy-rollup.mjs prints and
/// <see cref="RollupDeployer"/> returns. <see cref="ToJson"/> writes the script's shape and
/// <see cref="FromJson"/> reads either tool's output.
/// </summary>
public sealed partial record RollupDeployment
{
    public required ulong ChainId { get; init; }
    public required L1Address Deployer { get; init; }
    public required L1Address Rollup { get; init; }
    public required L1Address Collateral { get; init; }
    public required bool CollateralIsDevnetToken { get; init; }
    public required L1Address Verifier { get; init; }
    public required L1Address PoseidonT3 { get; init; }
    public required L1Address PoseidonT4 { get; init; }
    public required L1Address PoseidonT8 { get; init; }
    public required L1Address Sequencer { get; init; }
    public required L1Address Governance { get; init; }

    /// <summary>Zero when there is no guardian.</summary>
    public required L1Address Guardian { get; init; }

    /// <summary>The block of the OptionsRollup creation: L1 sync starts here.</summary>
    public required ulong DeploymentBlock { get; init; }
}
