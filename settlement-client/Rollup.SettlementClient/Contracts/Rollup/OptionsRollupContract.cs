using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Contracts.Artifacts;
using Rollup.SettlementClient.Contracts.Deployment;
using Rollup.SettlementClient.Contracts.Tokens;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Contracts.Rollup;

/// <summary>
/// The settlement contract (contracts/src/OptionsRollup.sol), typed: priority requests, the
/// batch lifecycle (commit, prove, revert, execute), withdrawals, exodus, and its views. Every
/// write returns the successful receipt; a revert (in the estimate or on chain) is a
/// <see cref="Reverts.ContractRevertException"/> naming the custom error. Events are not decoded
/// here: read them from the receipt's logs or from L1 sync.
/// </summary>
public sealed partial class OptionsRollupContract : ContractBinding
{
    public const string ArtifactName = "OptionsRollup";

    private readonly ContractArtifact _tokenArtifact;

    /// <param name="tokenArtifact">The collateral's ABI (IERC20 or the devnet token), for the approve before a deposit.</param>
    public OptionsRollupContract(ContractArtifact rollupArtifact, ContractArtifact tokenArtifact, L1Address address, EthClient eth, ITransactionSender? sender = null)
        : base(rollupArtifact, address, eth, sender, [tokenArtifact])
    {
        _tokenArtifact = tokenArtifact;
    }

    /// <summary>The rollup at <paramref name="address"/> with the artifacts from the store (the collateral bound as IERC20).</summary>
    public static OptionsRollupContract Create(ArtifactStore artifacts, L1Address address, EthClient eth, ITransactionSender? sender = null) =>
        new(artifacts.Get(ArtifactName), artifacts.Get(Erc20Contract.InterfaceArtifact), address, eth, sender);

    public static OptionsRollupContract Create(ArtifactStore artifacts, RollupDeployment deployment, EthClient eth, ITransactionSender? sender = null) =>
        Create(artifacts, deployment.Rollup, eth, sender);

    /// <summary>The collateral token this rollup holds, with the same sender.</summary>
    public async Task<Erc20Contract> CollateralTokenAsync(CancellationToken cancellation = default) =>
        new(_tokenArtifact, await CollateralAsync(null, cancellation), Eth, OptionalSender);
}
