using System.CommandLine;
using Rollup.Cli.Devnet;
using Rollup.Cli.Exodus;
using Rollup.Cli.Keys;
using Rollup.Cli.Orders;
using Rollup.Cli.Trader;
using Rollup.Cli.Verify;
using Rollup.Cli.Zk;

namespace Rollup.Cli;

/// <summary>The `rollup` command line; in-process entry point for tests.</summary>
public static class RollupCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var context = new CliContext(output, error);
        var root = new RootCommand("Options rollup: proofs, settlement and state verification.");
        // The CLI runs without tiered compilation, so building a command compiles its code:
        // building all of them costs a `zk` process (a prover's short run, benchmarked against
        // snarkjs) about 10 ms. `rollup zk <sub> …` builds only that zk command.
        root.Subcommands.Add(ZkCommand.Create(context, args is ["zk", var sub, ..] ? sub : null));
        if (args is not ["zk", ..]) AddOtherCommands(root, context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) error.WriteLine($"error: {e.Message}");
            error.WriteLine("run with --help for usage");
            return ExitCodes.Usage;
        }
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static void AddOtherCommands(RootCommand root, CliContext context)
    {
        root.Subcommands.Add(KeysCommand.Create(context));
        TraderCommands.AddTo(root, context);
        root.Subcommands.Add(OrderCommand.Create(context));
        root.Subcommands.Add(AccountShowCommand.Create(context));
        root.Subcommands.Add(WithdrawCommand.Create(context));
        root.Subcommands.Add(VerifyCommand.Create(context));
        root.Subcommands.Add(AccountProofCommand.Create(context));
        root.Subcommands.Add(ExitCommand.Create(context));
        root.Subcommands.Add(DevnetCommand.Create(context));
    }
}
