using System.CommandLine;

namespace Rollup.Cli.Zk.Bench;

/// <summary>`zk bench`: our prover against snarkjs on the same keys and witnesses (docs/BENCHMARKS.md records the figures).</summary>
internal static class ZkBenchCommand
{
    public static Command Create(CliContext context)
    {
        var sizes = new Option<string>("--sizes") { Description = "comma-separated log2 domain sizes", DefaultValueFactory = _ => "16,20" };
        var runs = new Option<int>("--runs") { Description = "repetitions per measurement (best is reported)", DefaultValueFactory = _ => 3 };
        var noSnarkjs = new Option<bool>("--no-snarkjs") { Description = "measure only our prover" };
        var snarkjs = new Option<string?>("--snarkjs") { Description = "path to snarkjs' build/cli.cjs (default: the repository's node_modules)" };
        var keep = new Option<string?>("--keep") { Description = "keep the generated circuits, keys and proofs in this directory" };
        var command = new Command("bench", "Benchmark our Groth16 prover against `snarkjs groth16 prove` on the same .zkey and .wtns.")
            { sizes, runs, noSnarkjs, snarkjs, keep };
        command.SetAction(parse => context.Run(() =>
        {
            var options = new BenchOptions(ParseSizes(parse.GetValue(sizes)!), parse.GetValue(runs),
                !parse.GetValue(noSnarkjs), parse.GetValue(snarkjs), parse.GetValue(keep));
            if (options.Runs is < 1 or > 100) throw new CliException(ExitCodes.Usage, "--runs must be between 1 and 100");
            return new ZkBench(context, options).Run();
        }));
        return command;
    }

    internal static int[] ParseSizes(string text)
    {
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], System.Globalization.CultureInfo.InvariantCulture, out result[i]) || result[i] is < 10 or > 24)
                throw new CliException(ExitCodes.Usage, $"--sizes: '{parts[i]}' is not a log2 domain size between 10 and 24");
        return parts.Length > 0 ? result : throw new CliException(ExitCodes.Usage, "--sizes is empty");
    }
}
