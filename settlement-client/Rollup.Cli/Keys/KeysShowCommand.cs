using System.CommandLine;
using Rollup.SettlementClient.Keys;

namespace Rollup.Cli.Keys;

/// <summary>`keys show`: the L1 address and the L2 key (PROTOCOL §3.2) of a keystore's key or of a key in an environment variable.</summary>
internal static class KeysShowCommand
{
    public static Command Create(CliContext context)
    {
        var options = new KeyOptions();
        var privateKeyEnv = new Option<string?>("--private-key-env") { Description = "environment variable holding a hex private key (instead of --keystore)" };
        var json = new Option<bool>("--json") { Description = "print the result as JSON" };
        var command = new Command("show", "Print the L1 address and the L2 key derived from an Ethereum key.") { privateKeyEnv, json };
        options.AddTo(command);
        command.SetAction(parse => context.Run(() =>
        {
            var values = options.Read(parse);
            var env = parse.GetValue(privateKeyEnv);
            if ((values.Keystore is null) == (env is null))
                throw new CliException(ExitCodes.Usage, "give either --keystore or --private-key-env");
            var source = env is not null
                ? KeySource.FromEnvironment(env)
                : KeySource.FromKeystore(values.Keystore!, options.Password(values, context, confirm: false));
            return Run(context, source, values.Keystore, parse.GetValue(json));
        }));
        return command;
    }

    internal static int Run(CliContext context, KeySource source, string? keystore, bool json)
    {
        var key = KeyErrors.Map(() => context.Steps.Step($"loading the key ({source})", source.Load));
        KeyDescription.Of(key, keystore).Write(context, json);
        return ExitCodes.Ok;
    }
}
