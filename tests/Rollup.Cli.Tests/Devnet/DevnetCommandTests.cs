using Rollup.SettlementClient.Contracts.Deployment;
using Rollup.SettlementClient.Genesis;

namespace Rollup.Cli.Tests.Devnet;

public class DevnetCommandTests
{
    [Fact]
    public void Devnet_session_deploys_trades_commits_and_verifies_every_root_from_L1()
    {
        using var dir = new TempDirectory();
        var run = CliRun.Of("devnet", "--port", "0", "--out", dir.Path, "--session");
        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        Assert.Contains("refused: Overfill", run.Out);
        Assert.Contains("committed batch 3", run.Out);
        Assert.Contains("ok: state verified through batch 3", run.Out);
        Assert.DoesNotContain("devnet running", run.Out);

        var deployment = RollupDeployment.Load(Path.Combine(dir.Path, "deployment.json"));
        var genesis = GenesisConfigJson.Read(File.ReadAllText(Path.Combine(dir.Path, "genesis.json")));
        Assert.Equal(deployment.Rollup, genesis.VerifyingContract);
        Assert.Equal(deployment.ChainId, genesis.ChainId);
        Assert.Equal(3, genesis.OracleKeys.Count);
        Assert.Equal(2, genesis.Risk.OracleQuorum);
        Assert.Equal(24, genesis.AccountsDepth);
    }

    [Fact]
    public void Devnet_port_out_of_range_is_a_usage_error()
    {
        var run = CliRun.Of("devnet", "--port", "70000");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--port 70000", run.Error);
    }
}
