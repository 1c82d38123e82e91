using Rollup.Core.Ethereum;

namespace Rollup.SettlementClient.Contracts.Deployment;

/// <summary>Who holds a role: the deploying address, or a given address (zero means nobody, allowed only where the role is optional).</summary>
public readonly record struct RoleHolder
{
    private RoleHolder(L1Address? address) => Address = address;

    /// <summary>The fixed address, or null for the deployer.</summary>
    public L1Address? Address { get; }

    public bool IsDeployer => Address is null;

    public static RoleHolder Deployer => new(null);
    public static RoleHolder Nobody => new(L1Address.Zero);

    public static RoleHolder At(L1Address address) => new(address);

    public L1Address Resolve(L1Address deployer) => Address ?? deployer;

    public override string ToString() => Address?.ToString() ?? "deployer";
}
