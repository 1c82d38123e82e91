using System.CommandLine;

namespace Rollup.Cli.Keys;

/// <summary>`rollup keys …`: a trader's Ethereum key in a keystore, and the L2 key it derives.</summary>
internal static class KeysCommand
{
    public static Command Create(CliContext context)
    {
        var keys = new Command("keys", "Ethereum keys in Web3 keystores and the L2 keys derived from them.");
        keys.Subcommands.Add(KeysNewCommand.Create(context));
        keys.Subcommands.Add(KeysShowCommand.Create(context));
        return keys;
    }
}
