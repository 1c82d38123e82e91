using System.CommandLine;

namespace Rollup.Cli.Zk;

/// <summary>`rollup zk …`: the Groth16 tools, file-compatible with snarkjs.</summary>
internal static class ZkCommand
{
    public static Command Create(CliContext context)
    {
        var zk = new Command("zk", "Groth16 on BN254: setup, prove, verify, export a Solidity verifier; files compatible with snarkjs.");
        zk.Subcommands.Add(ZkSetupCommand.Create(context));
        zk.Subcommands.Add(ZkContributeCommand.Create(context));
        zk.Subcommands.Add(ZkProveCommand.Create(context));
        zk.Subcommands.Add(ZkVerifyCommand.Create(context));
        zk.Subcommands.Add(ZkExportVerifierCommand.Create(context));
        zk.Subcommands.Add(Bench.ZkBenchCommand.Create(context));
        return zk;
    }
}
