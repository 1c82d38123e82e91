using Rollup.Core.Fields;

namespace Rollup.SettlementClient.Contracts.Deployment;

/// <summary>
/// What <see cref="RollupDeployer"/> deploys: the fields of scripts/deploy-rollup.mjs's config
/// (docs/CONTRACTS.md) without the RPC URL and key, which the EthClient and the sender carry.
/// <see cref="Validate"/> checks every value before anything is sent.
/// </summary>
public sealed record RollupDeploymentConfig
{
    public const int MaxAccountsDepth = 32;

    /// <summary>The chain the node must be on, so a config is never deployed to the wrong network.</summary>
    public required ulong ChainId { get; init; }

    public required CollateralSource Collateral { get; init; }
    public required VerifierSource Verifier { get; init; }
    public RoleHolder Sequencer { get; init; } = RoleHolder.Deployer;
    public RoleHolder Governance { get; init; } = RoleHolder.Deployer;

    /// <summary>May pause (not unpause); <see cref="RoleHolder.Nobody"/> for none.</summary>
    public RoleHolder Guardian { get; init; } = RoleHolder.Nobody;

    public required Fr GenesisRoot { get; init; }

    /// <summary>Seconds a batch has to consume a priority request (3 days in production, minutes on a devnet); at least 1.</summary>
    public required ulong PriorityDeadlineSeconds { get; init; }

    /// <summary>Seconds between a governance proposal and its execution.</summary>
    public required ulong TimelockDelay { get; init; }

    /// <summary>Depth of the accounts tree, as in the genesis configuration: 1..32.</summary>
    public required int AccountsDepth { get; init; }

    /// <summary>Throws <see cref="RollupDeploymentConfigException"/> naming the first bad field.</summary>
    public void Validate()
    {
        if (ChainId == 0) Fail("ChainId must be the node's chain id, not 0");
        switch (Collateral)
        {
            case null: Fail("Collateral is missing"); break;
            case CollateralSource.Existing { Address.IsZero: true }: Fail("Collateral is the zero address"); break;
        }
        switch (Verifier)
        {
            case null: Fail("Verifier is missing"); break;
            case VerifierSource.Existing { Address.IsZero: true }: Fail("Verifier is the zero address"); break;
            case VerifierSource.FromArtifact a when string.IsNullOrWhiteSpace(a.ContractName): Fail("Verifier artifact name is empty"); break;
            case VerifierSource.FromCreationCode { CreationCode: null or { Length: 0 } }: Fail("Verifier creation code is empty"); break;
        }
        if (Sequencer.Address is { IsZero: true }) Fail("Sequencer is the zero address");
        if (Governance.Address is { IsZero: true }) Fail("Governance is the zero address");
        if (PriorityDeadlineSeconds == 0) Fail("PriorityDeadlineSeconds must be at least 1");
        if (AccountsDepth is < 1 or > MaxAccountsDepth) Fail($"AccountsDepth = {AccountsDepth} is outside 1..{MaxAccountsDepth}");
    }

    private static void Fail(string message) => throw new RollupDeploymentConfigException("deployment config: " + message);
}
