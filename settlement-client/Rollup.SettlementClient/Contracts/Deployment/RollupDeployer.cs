using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Contracts.Artifacts;
using Rollup.SettlementClient.Contracts.Rollup;
using Rollup.SettlementClient.Contracts.Tokens;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Contracts.Deployment;

/// <summary>
/// Deploys the whole system as scripts/deploy-rollup.mjs does: PoseidonT3, T4 and T8, the
/// verifier, the collateral token (a DevnetStablecoin when asked), then OptionsRollup with its
/// Config. Everything that can be checked is checked before the first transaction: the config's
/// values, the artifacts (present, deployable, no unlinked libraries), the node's chain id and
/// the code at every existing address given.
/// </summary>
public sealed class RollupDeployer(EthClient eth, ITransactionSender sender, ArtifactStore artifacts)
{
    public const string PoseidonT3Artifact = "PoseidonT3";
    public const string PoseidonT4Artifact = "PoseidonT4";
    public const string PoseidonT8Artifact = "PoseidonT8";

    public async Task<RollupDeployment> DeployAsync(RollupDeploymentConfig config, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.Validate();
        var plan = Plan(config);
        await CheckNodeAsync(config, cancellation);

        var deployer = sender.From;
        var poseidonT3 = await CreateAsync(PoseidonT3Artifact, plan.PoseidonT3, [artifacts.Get(PoseidonT3Artifact)], cancellation);
        var poseidonT4 = await CreateAsync(PoseidonT4Artifact, plan.PoseidonT4, [artifacts.Get(PoseidonT4Artifact)], cancellation);
        var poseidonT8 = await CreateAsync(PoseidonT8Artifact, plan.PoseidonT8, [artifacts.Get(PoseidonT8Artifact)], cancellation);
        var verifier = config.Verifier switch
        {
            VerifierSource.Existing existing => existing.Address,
            VerifierSource.FromArtifact named => await CreateAsync(named.ContractName, plan.Verifier!, [artifacts.Get(named.ContractName)], cancellation),
            _ => await CreateAsync("verifier", plan.Verifier!, [], cancellation),
        };
        var collateral = config.Collateral is CollateralSource.Existing existingToken
            ? existingToken.Address
            : await CreateAsync(Erc20Contract.DevnetTokenArtifact, plan.DevnetToken!, [artifacts.Get(Erc20Contract.DevnetTokenArtifact)], cancellation);

        var sequencer = config.Sequencer.Resolve(deployer);
        var governance = config.Governance.Resolve(deployer);
        var guardian = config.Guardian.Resolve(deployer);
        object?[] rollupConfig =
        [
            collateral, verifier, sequencer, governance, guardian, config.GenesisRoot.ToBigInteger(),
            config.PriorityDeadlineSeconds, config.TimelockDelay, poseidonT3, poseidonT4, poseidonT8, config.AccountsDepth,
        ];
        var rollupArtifact = artifacts.Get(OptionsRollupContract.ArtifactName);
        var receipt = await SendCreationAsync(OptionsRollupContract.ArtifactName, rollupArtifact.CreationCode([rollupConfig]), [rollupArtifact], cancellation);
        return new RollupDeployment
        {
            ChainId = config.ChainId,
            Deployer = deployer,
            Rollup = receipt.ContractAddress!.Value,
            Collateral = collateral,
            CollateralIsDevnetToken = config.Collateral is CollateralSource.Devnet,
            Verifier = verifier,
            PoseidonT3 = poseidonT3,
            PoseidonT4 = poseidonT4,
            PoseidonT8 = poseidonT8,
            Sequencer = sequencer,
            Governance = governance,
            Guardian = guardian,
            DeploymentBlock = receipt.BlockNumber,
        };
    }

    private sealed record CreationPlan(byte[] PoseidonT3, byte[] PoseidonT4, byte[] PoseidonT8, byte[]? Verifier, byte[]? DevnetToken);

    /// <summary>Every init code, built before anything is sent so a missing or unlinkable artifact costs no gas.</summary>
    private CreationPlan Plan(RollupDeploymentConfig config)
    {
        var verifier = config.Verifier switch
        {
            VerifierSource.FromArtifact a => artifacts.Get(a.ContractName).CreationCode(),
            VerifierSource.FromCreationCode c => (byte[])c.CreationCode.Clone(),
            _ => null,
        };
        var token = config.Collateral is CollateralSource.Devnet ? artifacts.Get(Erc20Contract.DevnetTokenArtifact).CreationCode() : null;
        artifacts.Get(OptionsRollupContract.ArtifactName).EnsureDeployable();
        return new CreationPlan(
            artifacts.Get(PoseidonT3Artifact).CreationCode(),
            artifacts.Get(PoseidonT4Artifact).CreationCode(),
            artifacts.Get(PoseidonT8Artifact).CreationCode(),
            verifier,
            token);
    }

    private async Task CheckNodeAsync(RollupDeploymentConfig config, CancellationToken cancellation)
    {
        var chainId = await eth.ChainIdAsync(cancellation);
        if (chainId != config.ChainId)
            throw new RollupDeploymentConfigException($"the node is chain {chainId}, the deployment config says {config.ChainId}");
        if (config.Verifier is VerifierSource.Existing verifier && !await ContractCode.ExistsAsync(eth, verifier.Address, cancellation))
            throw new RollupDeploymentConfigException($"the verifier {verifier.Address} has no code on chain {chainId}");
        if (config.Collateral is CollateralSource.Existing token && !await ContractCode.ExistsAsync(eth, token.Address, cancellation))
            throw new RollupDeploymentConfigException($"the collateral token {token.Address} has no code on chain {chainId}");
    }

    private async Task<L1Address> CreateAsync(string what, byte[] initCode, IReadOnlyList<ContractArtifact> errorSources, CancellationToken cancellation) =>
        (await SendCreationAsync(what, initCode, errorSources, cancellation)).ContractAddress!.Value;

    private async Task<TransactionReceipt> SendCreationAsync(string what, byte[] initCode, IReadOnlyList<ContractArtifact> errorSources, CancellationToken cancellation)
    {
        var intent = new TransactionIntent(null, initCode, Label: "deploy " + what);
        var receipt = await CheckedTransactions.SendAsync(sender, eth, intent, what, "constructor", errorSources, cancellation);
        if (receipt.ContractAddress is not { } created || created.IsZero)
            throw new RpcException(RpcErrorKind.Fatal, "eth_getTransactionReceipt", $"the receipt of the {what} deployment names no contract address");
        return receipt;
    }
}
