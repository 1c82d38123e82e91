using System.CommandLine;
using Rollup.SettlementClient.Keys;

namespace Rollup.Cli.Keys;

/// <summary>The options that say where a key and its keystore password come from, shared by the key commands.</summary>
internal sealed class KeyOptions
{
    public Option<string?> Keystore { get; } = new("--keystore") { Description = "Web3 Secret Storage (v3) keystore file" };

    public Option<string?> PasswordEnv { get; } = new("--password-env") { Description = "environment variable holding the keystore password" };

    public Option<string?> PasswordFile { get; } = new("--password-file") { Description = "file whose first line is the keystore password" };

    public void AddTo(Command command)
    {
        command.Options.Add(Keystore);
        command.Options.Add(PasswordEnv);
        command.Options.Add(PasswordFile);
    }

    /// <summary>The password source the options name, or a terminal prompt when they name none.</summary>
    public PasswordSource Password(KeyOptionValues values, CliContext context, bool confirm)
    {
        if (values.PasswordEnv is not null && values.PasswordFile is not null)
            throw new CliException(ExitCodes.Usage, "give --password-env or --password-file, not both");
        if (values.PasswordEnv is not null) return PasswordSource.FromEnvironment(values.PasswordEnv);
        if (values.PasswordFile is not null) return PasswordSource.FromFile(values.PasswordFile);
        return PasswordPrompt.Source(context, confirm);
    }

    public KeyOptionValues Read(ParseResult parse) =>
        new(parse.GetValue(Keystore), parse.GetValue(PasswordEnv), parse.GetValue(PasswordFile));
}
