namespace Rollup.Cli.Tests.Zk;

public sealed class ZkBenchTests
{
    [Fact]
    public void Bench_compares_with_snarkjs_and_cross_verifies_on_a_small_circuit()
    {
        var run = CliRun.Of("zk", "bench", "--sizes", "10", "--runs", "1");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("cross-check: snarkjs' proof verifies with ours, ours with `snarkjs groth16 verify`", run.Out);
        Assert.Matches(@"\| 2\^10 \| 1,022 \| [0-9.]+ s \| [0-9.]+ s, [0-9,]+ MiB \| [0-9.]+ s, [0-9,]+ MiB \| \*\*[0-9.]+×\*\*", run.Out);
        Assert.Matches(@"MSM G1, 1,024 points, random scalars: [0-9]+ ms", run.Out);
    }

    [Theory]
    [InlineData("--sizes", "9")]
    [InlineData("--sizes", "x")]
    [InlineData("--runs", "0")]
    public void Bench_refuses_bad_options_with_exit_2(string option, string value)
    {
        var run = CliRun.Of("zk", "bench", option, value, "--no-snarkjs");
        Assert.Equal(2, run.ExitCode);
    }
}
