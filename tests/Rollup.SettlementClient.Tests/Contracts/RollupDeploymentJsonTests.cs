using System.Diagnostics;
using System.Text.Json.Nodes;
using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.SettlementClient.Contracts.Deployment;
using Rollup.SettlementClient.Contracts.Rollup;

namespace Rollup.SettlementClient.Tests.Contracts;

/// <summary>The deployment JSON: the shape scripts/deploy-rollup.mjs prints, read and written by RollupDeployment.</summary>
public class RollupDeploymentJsonTests(RollupAnvilFixture anvil) : IClassFixture<RollupAnvilFixture>
{
    private static readonly L1Address Sequencer = L1Address.Parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");

    [Fact]
    public async Task Deployment_made_by_the_mjs_script_is_read_and_written_back_identically()
    {
        var stdout = await RunDeployScriptAsync(new JsonObject
        {
            ["rpcUrl"] = anvil.Endpoint.ToString().TrimEnd('/'),
            ["chainId"] = 31337,
            ["collateral"] = new JsonObject { ["devnet"] = true },
            ["verifier"] = new JsonObject { ["artifact"] = "EchoVerifier" },
            ["sequencer"] = Sequencer.ToString(),
            ["governance"] = "deployer",
            ["guardian"] = "deployer",
            ["genesisRoot"] = "12345",
            ["priorityDeadlineSeconds"] = 600,
            ["timelockDelay"] = 300,
            ["accountsDepth"] = 24,
        });

        var deployment = RollupDeployment.FromJson(stdout);

        Assert.Equal(31337UL, deployment.ChainId);
        Assert.Equal(anvil.Operator.From, deployment.Deployer);
        Assert.Equal(Sequencer, deployment.Sequencer);
        Assert.True(deployment.CollateralIsDevnetToken);
        Assert.Equal(stdout, deployment.ToJson());
        var rollup = OptionsRollupContract.Create(anvil.Artifacts, deployment, anvil.Eth);
        Assert.Equal(deployment.Collateral, await rollup.CollateralAsync());
        Assert.Equal(deployment.Verifier, await rollup.VerifierAsync());
        Assert.Equal(deployment.PoseidonT8, await rollup.PoseidonT8Async());
        Assert.Equal(Fr.FromUInt64(12345), await rollup.GenesisRootAsync());
        var rollupCreation = await anvil.Eth.GetBlockByNumberAsync(Rollup.SettlementClient.Rpc.BlockTag.Number(deployment.DeploymentBlock));
        Assert.NotEmpty(rollupCreation!.TransactionHashes);
        Assert.NotEmpty(await ContractCode.GetAsync(anvil.Eth, deployment.Rollup, Rollup.SettlementClient.Rpc.BlockTag.Number(deployment.DeploymentBlock)));
        Assert.Empty(await ContractCode.GetAsync(anvil.Eth, deployment.Rollup, Rollup.SettlementClient.Rpc.BlockTag.Number(deployment.DeploymentBlock - 1)));
    }

    [Fact]
    public async Task Deployment_made_by_the_csharp_deployer_round_trips_through_json()
    {
        var deployment = await anvil.DeployAsync(RollupAnvilFixture.Config(new VerifierSource.FromArtifact("EchoVerifier"), Fr.FromUInt64(7)));

        var json = deployment.ToJson();

        Assert.Equal(deployment, RollupDeployment.FromJson(json));
        var parsed = JsonNode.Parse(json)!.AsObject();
        Assert.Equal(
            ["chainId", "deployer", "rollup", "collateral", "collateralIsDevnetToken", "verifier", "poseidonT3", "poseidonT4", "poseidonT8", "sequencer", "governance", "guardian", "deploymentBlock"],
            parsed.Select(p => p.Key));
        Assert.Equal("31337", (string)parsed["chainId"]!);
        Assert.Equal(deployment.DeploymentBlock, (ulong)parsed["deploymentBlock"]!);
        // EIP-55, as ethers' getAddress prints it.
        Assert.Equal("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", (string)parsed["deployer"]!);
    }

    [Theory]
    [InlineData("deploymentBlock", null, "deploymentBlock is missing")]
    [InlineData("chainId", "\"x\"", "chainId is not an unsigned 64-bit integer")]
    [InlineData("rollup", "\"0x1234\"", "rollup")]
    [InlineData("rollup", "\"0xF39fd6e51aad88F6F4ce6aB8827279cffFb92266\"", "rollup")]
    [InlineData("collateralIsDevnetToken", "\"yes\"", "collateralIsDevnetToken is not a boolean")]
    public void Malformed_deployment_json_is_refused_naming_the_field(string field, string? value, string expected)
    {
        var json = JsonNode.Parse(Sample.ToJson())!.AsObject();
        if (value is null) json.Remove(field);
        else json[field] = JsonNode.Parse(value);

        var e = Assert.ThrowsAny<FormatException>(() => RollupDeployment.FromJson(json.ToJsonString()));

        Assert.Contains(expected, e.Message);
    }

    private static readonly RollupDeployment Sample = new()
    {
        ChainId = 31337,
        Deployer = L1Address.Parse("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"),
        Rollup = L1Address.Parse("0x0000000000000000000000000000000000000001"),
        Collateral = L1Address.Parse("0x0000000000000000000000000000000000000002"),
        CollateralIsDevnetToken = true,
        Verifier = L1Address.Parse("0x0000000000000000000000000000000000000003"),
        PoseidonT3 = L1Address.Parse("0x0000000000000000000000000000000000000004"),
        PoseidonT4 = L1Address.Parse("0x0000000000000000000000000000000000000005"),
        PoseidonT8 = L1Address.Parse("0x0000000000000000000000000000000000000006"),
        Sequencer = L1Address.Parse("0x0000000000000000000000000000000000000007"),
        Governance = L1Address.Parse("0x0000000000000000000000000000000000000008"),
        Guardian = L1Address.Zero,
        DeploymentBlock = 9,
    };

    private static async Task<string> RunDeployScriptAsync(JsonObject config)
    {
        var directory = Directory.CreateTempSubdirectory("rollup-deploy-");
        try
        {
            var path = Path.Combine(directory.FullName, "deploy.json");
            await File.WriteAllTextAsync(path, config.ToJsonString());
            var psi = new ProcessStartInfo(RepositoryFiles.PathOf("node_modules", ".bin", "node"))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = RepositoryFiles.Root,
            };
            psi.ArgumentList.Add(RepositoryFiles.PathOf("scripts", "deploy-rollup.mjs"));
            psi.ArgumentList.Add(path);
            psi.Environment["ROLLUP_DEPLOYER_PRIVATE_KEY"] = AnvilProcess.FirstDevPrivateKey;
            using var process = Process.Start(psi)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, $"deploy-rollup.mjs exited with {process.ExitCode}: {await stderr}");
            return await stdout;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
