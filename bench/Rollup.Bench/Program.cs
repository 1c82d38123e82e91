using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Rollup.Bench;

public static class Program
{
    // Usage: dotnet run -c Release --project bench/Rollup.Bench -- [--filter *Poseidon*] [--job short]
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator));
}
