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
        Assert.Matches(@"bob sends his second order again \(a replay\)\s+refused \(-32002\)", run.Out);
        Assert.Contains("the sequencer settles the expired positions", run.Out);
        Assert.Contains("alice: collateral 0.00 USD, 0 position(s)", run.Out);
        // The root the sequencer reached is the root an independent verifier rebuilds from L1.
        var sequencerRoot = System.Text.RegularExpressions.Regex.Match(run.Out, @"committed them all on L1; state root (\d+)").Groups[1].Value;
        var verified = System.Text.RegularExpressions.Regex.Match(run.Out, @"ok: state verified through batch (\d+) \(proven through 0\), root (\d+)");
        Assert.True(verified.Success, run.Out);
        Assert.Equal(sequencerRoot, verified.Groups[2].Value);
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
    public void Devnet_session_without_the_sequencer_is_a_usage_error()
    {
        var run = CliRun.Of("devnet", "--port", "0", "--session", "--no-sequencer");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("cannot go with --no-sequencer", run.Error);
    }

    [Fact]
    public void Devnet_port_out_of_range_is_a_usage_error()
    {
        var run = CliRun.Of("devnet", "--port", "70000");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--port 70000", run.Error);
    }
}
