namespace Rollup.Cli.Zk.Bench;

/// <summary>What `zk bench` measures: domain sizes (log2), repetitions, and where snarkjs is.</summary>
internal sealed record BenchOptions(IReadOnlyList<int> Log2Sizes, int Runs, bool WithSnarkjs, string? SnarkjsPath, string? KeepDirectory)
{
    public static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(30);
}
