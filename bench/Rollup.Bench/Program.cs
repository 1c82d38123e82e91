using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Rollup.Bench;

public static class Program
{
    // Usage: dotnet run -c Release --project bench/Rollup.Bench -- [--filter *Poseidon*] [--job short]
    //        dotnet run -c Release --project bench/Rollup.Bench -- sequencer-load [orders] [pairs] [connections] [batch] [latency orders/s] [latency orders]
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "sequencer-load")
            return SequencerLoad.LoadRunner.RunAsync(args[1..]).GetAwaiter().GetResult();
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator));
        return 0;
    }
}
