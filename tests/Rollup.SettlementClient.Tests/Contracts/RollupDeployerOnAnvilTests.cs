using System.Numerics;
using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.SettlementClient.Contracts;
using Rollup.SettlementClient.Contracts.Artifacts;
using Rollup.SettlementClient.Contracts.Deployment;
using Rollup.SettlementClient.Contracts.Reverts;
using Rollup.SettlementClient.Contracts.Rollup;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Tests.Contracts;

/// <summary>RollupDeployer against a real anvil: the whole system from the Hardhat artifacts, and configs refused before any gas is spent.</summary>
public class RollupDeployerOnAnvilTests(RollupAnvilFixture anvil) : IClassFixture<RollupAnvilFixture>
{
    private static readonly Fr GenesisRoot = Fr.FromUInt64(12345);
    private static readonly L1Address Sequencer = L1Address.Parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");

    [Fact]
    public async Task Deployer_deploys_the_whole_system_and_the_views_answer_the_config()
    {
        var config = RollupAnvilFixture.Config(new VerifierSource.FromArtifact("BatchProofVerifier"), GenesisRoot, priorityDeadlineSeconds: 600, accountsDepth: 24)
            with { Sequencer = RoleHolder.At(Sequencer), TimelockDelay = 300 };
        var before = await anvil.Eth.BlockNumberAsync();

        var deployment = await anvil.DeployAsync(config);

        Assert.Equal(31337UL, deployment.ChainId);
        Assert.Equal(anvil.Operator.From, deployment.Deployer);
        Assert.True(deployment.CollateralIsDevnetToken);
        Assert.True(deployment.DeploymentBlock > before);
        L1Address[] contracts = [deployment.Rollup, deployment.Collateral, deployment.Verifier, deployment.PoseidonT3, deployment.PoseidonT4, deployment.PoseidonT8];
        Assert.Equal(contracts.Length, contracts.Distinct().Count());
        foreach (var address in contracts) Assert.True(await ContractCode.ExistsAsync(anvil.Eth, address), $"no code at {address}");
        var rollupCode = await ContractCode.GetAsync(anvil.Eth, deployment.Rollup, BlockTag.Number(deployment.DeploymentBlock));
        Assert.NotEmpty(rollupCode);
        Assert.Empty(await ContractCode.GetAsync(anvil.Eth, deployment.Rollup, BlockTag.Number(deployment.DeploymentBlock - 1)));

        var rollup = OptionsRollupContract.Create(anvil.Artifacts, deployment, anvil.Eth);
        Assert.Equal(deployment.Collateral, await rollup.CollateralAsync());
        Assert.Equal(deployment.Verifier, await rollup.VerifierAsync());
        Assert.Equal(Sequencer, await rollup.SequencerAsync());
        Assert.Equal(anvil.Operator.From, await rollup.GovernanceAsync());
        Assert.Equal(anvil.Operator.From, await rollup.GuardianAsync());
        Assert.Equal(GenesisRoot, await rollup.GenesisRootAsync());
        Assert.Equal(600UL, await rollup.PriorityDeadlineSecondsAsync());
        Assert.Equal(300UL, await rollup.TimelockDelayAsync());
        Assert.Equal(24, await rollup.AccountsDepthAsync());
        Assert.Equal(deployment.PoseidonT3, await rollup.PoseidonT3Async());
        Assert.Equal(deployment.PoseidonT4, await rollup.PoseidonT4Async());
        Assert.Equal(deployment.PoseidonT8, await rollup.PoseidonT8Async());
        Assert.Equal(0UL, await rollup.LastCommittedBatchAsync());
        Assert.Equal(0UL, await rollup.PriorityCountAsync());
        Assert.False(await rollup.PausedAsync());
        Assert.Equal(new ExodusState(false, 0, 0), await rollup.ExodusStateAsync());
        Assert.Equal(6, await (await rollup.CollateralTokenAsync()).DecimalsAsync());
    }

    [Fact]
    public async Task Deployer_uses_an_existing_verifier_and_token_and_deploys_a_verifier_from_raw_creation_code()
    {
        var first = await anvil.DeployAsync(RollupAnvilFixture.Config(new VerifierSource.FromArtifact("EchoVerifier"), GenesisRoot));
        var reused = await anvil.DeployAsync(RollupAnvilFixture.Config(new VerifierSource.Existing(first.Verifier), GenesisRoot)
            with { Collateral = new CollateralSource.Existing(first.Collateral) });
        Assert.Equal(first.Verifier, reused.Verifier);
        Assert.Equal(first.Collateral, reused.Collateral);
        Assert.False(reused.CollateralIsDevnetToken);
        Assert.NotEqual(first.Rollup, reused.Rollup);

        var echo = anvil.Artifacts.Get("EchoVerifier").CreationCode();
        var raw = await anvil.DeployAsync(RollupAnvilFixture.Config(new VerifierSource.FromCreationCode(echo), GenesisRoot));
        var runtime = await ContractCode.GetAsync(anvil.Eth, raw.Verifier);
        Assert.Equal(await ContractCode.GetAsync(anvil.Eth, first.Verifier), runtime);
    }

    public static TheoryData<string> BadConfigs() => ["zero sequencer", "zero governance", "zero collateral", "zero verifier", "depth 0", "depth 33", "deadline 0", "chain id 0", "empty creation code"];

    [Theory]
    [MemberData(nameof(BadConfigs))]
    public async Task Invalid_config_is_a_typed_error_and_sends_nothing(string bad)
    {
        var good = RollupAnvilFixture.Config(new VerifierSource.FromArtifact("BatchProofVerifier"), GenesisRoot);
        var config = bad switch
        {
            "zero sequencer" => good with { Sequencer = RoleHolder.At(L1Address.Zero) },
            "zero governance" => good with { Governance = RoleHolder.At(L1Address.Zero) },
            "zero collateral" => good with { Collateral = new CollateralSource.Existing(L1Address.Zero) },
            "zero verifier" => good with { Verifier = new VerifierSource.Existing(L1Address.Zero) },
            "depth 0" => good with { AccountsDepth = 0 },
            "depth 33" => good with { AccountsDepth = 33 },
            "deadline 0" => good with { PriorityDeadlineSeconds = 0 },
            "chain id 0" => good with { ChainId = 0 },
            "empty creation code" => good with { Verifier = new VerifierSource.FromCreationCode([]) },
            _ => throw new ArgumentOutOfRangeException(nameof(bad)),
        };
        int sent = anvil.Operator.Sent;
        var e = await Assert.ThrowsAsync<RollupDeploymentConfigException>(() => anvil.DeployAsync(config));
        Assert.StartsWith("deployment config: ", e.Message);
        Assert.Equal(sent, anvil.Operator.Sent);
    }

    [Fact]
    public async Task Existing_addresses_without_code_a_wrong_chain_and_a_missing_artifact_are_refused_before_sending()
    {
        var empty = L1Address.Parse("0x000000000000000000000000000000000000dead");
        var good = RollupAnvilFixture.Config(new VerifierSource.FromArtifact("BatchProofVerifier"), GenesisRoot);
        int sent = anvil.Operator.Sent;

        var verifier = await Assert.ThrowsAsync<RollupDeploymentConfigException>(() => anvil.DeployAsync(good with { Verifier = new VerifierSource.Existing(empty) }));
        Assert.Contains("verifier 0x000000000000000000000000000000000000dead has no code", verifier.Message);
        var token = await Assert.ThrowsAsync<RollupDeploymentConfigException>(() => anvil.DeployAsync(good with { Collateral = new CollateralSource.Existing(empty) }));
        Assert.Contains("collateral token 0x000000000000000000000000000000000000dead has no code", token.Message);
        var chain = await Assert.ThrowsAsync<RollupDeploymentConfigException>(() => anvil.DeployAsync(good with { ChainId = 1 }));
        Assert.Contains("the node is chain 31337, the deployment config says 1", chain.Message);
        var artifact = await Assert.ThrowsAsync<ArtifactNotFoundException>(() => anvil.DeployAsync(good with { Verifier = new VerifierSource.FromArtifact("NoSuchVerifier") }));
        Assert.Contains("hardhat build", artifact.Message);

        Assert.Equal(sent, anvil.Operator.Sent);
    }

    [Fact]
    public async Task Constructor_revert_is_a_typed_exception_with_the_custom_error_decoded()
    {
        var receipt = await anvil.Operator.SendAsync(new TransactionIntent(null, anvil.Artifacts.Get("EighteenDecimalToken").CreationCode()));
        var token = receipt.ContractAddress!.Value;

        var e = await Assert.ThrowsAsync<ContractRevertException>(() =>
            anvil.DeployAsync(RollupAnvilFixture.Config(new VerifierSource.FromArtifact("EchoVerifier"), GenesisRoot) with { Collateral = new CollateralSource.Existing(token) }));

        Assert.Equal("OptionsRollup", e.Contract);
        Assert.Equal("constructor", e.Function);
        Assert.Equal("CollateralNotSixDecimals", e.ErrorName);
        Assert.Equal(new BigInteger(18), e.Error!["decimals"]);
        Assert.Contains("CollateralNotSixDecimals(decimals: 18)", e.Message);
    }
}
