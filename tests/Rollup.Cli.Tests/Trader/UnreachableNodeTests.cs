namespace Rollup.Cli.Tests.Trader;

public sealed class UnreachableNodeTests
{
    [Fact]
    public void Status_against_a_node_that_does_not_answer_exits_6()
    {
        // A loopback port nothing listens on: connections are refused at once, so only the client's retries take time.
        var run = CliRun.Of("status", "--rpc", "http://127.0.0.1:9/", "--contract", "0x5FbDB2315678afecb367f032d93F642f64180aa3");

        Assert.Equal(6, run.ExitCode);
        Assert.Contains("EVM node", run.Error);
        Assert.Equal("", run.Out);
    }
}
