using System.CommandLine;

namespace Rollup.Cli.Zk;

/// <summary>`rollup zk …`: the Groth16 tools, file-compatible with snarkjs.</summary>
internal static class ZkCommand
{
    /// <summary>The subcommands by name, in the order help lists them.</summary>
    internal static readonly (string Name, Func<CliContext, Command> Create)[] Subcommands =
    [
        ("setup", ZkSetupCommand.Create),
        ("contribute", ZkContributeCommand.Create),
        ("prove", ZkProveCommand.Create),
        ("verify", ZkVerifyCommand.Create),
        ("export-verifier", ZkExportVerifierCommand.Create),
        ("bench", Bench.ZkBenchCommand.Create),
    ];

    /// <summary>
    /// The zk command with all its subcommands, or only with <paramref name="only"/> when that
    /// names one: building a command compiles its code (the CLI runs without tiered compilation),
    /// which a short `zk prove` process need not pay for the others.
    /// </summary>
    public static Command Create(CliContext context, string? only = null)
    {
        var zk = new Command("zk", "Groth16 on BN254: setup, prove, verify, export a Solidity verifier; files compatible with snarkjs.");
        bool known = false;
        foreach (var (name, _) in Subcommands) known |= name == only;
        foreach (var (name, create) in Subcommands)
            if (!known || name == only) zk.Subcommands.Add(create(context));
        return zk;
    }
}
