using System.CommandLine;

namespace Rollup.Cli.Trader;

/// <summary>The trader's L1 commands, at the top level of `rollup` (docs/CLI.md, "Trader commands on L1").</summary>
internal static class TraderCommands
{
    public static void AddTo(RootCommand root, CliContext context)
    {
        root.Subcommands.Add(DepositCommand.Create(context));
        root.Subcommands.Add(RegisterKeyCommand.Create(context));
        root.Subcommands.Add(ForceWithdrawCommand.Create(context));
        root.Subcommands.Add(ClaimCommand.Create(context));
        root.Subcommands.Add(StatusCommand.Create(context));
        root.Subcommands.Add(DevnetMintCommand.Create(context));
    }
}
