using System.Text;
using Rollup.SettlementClient.Keys;

namespace Rollup.Cli.Keys;

/// <summary>
/// Asks for the keystore password on the terminal without echoing it. Without a terminal (a
/// script, CI) there is nobody to ask: the command must name --password-env or --password-file.
/// </summary>
internal static class PasswordPrompt
{
    public static PasswordSource Source(CliContext context, bool confirm)
    {
        if (Console.IsInputRedirected)
            throw new CliException(ExitCodes.Usage, "no terminal to ask for the keystore password: give --password-env or --password-file");
        return PasswordSource.FromPrompt(() =>
        {
            var password = Ask(context, "keystore password: ");
            if (confirm && Ask(context, "repeat it: ") != password)
                throw new CliException(ExitCodes.Usage, "the two passwords differ");
            return password;
        });
    }

    private static string Ask(CliContext context, string prompt)
    {
        context.Error.Write(prompt);
        context.Error.Flush();
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (text.Length > 0) text.Length--;
                continue;
            }
            if (!char.IsControl(key.KeyChar)) text.Append(key.KeyChar);
        }
        context.Error.WriteLine();
        return text.ToString();
    }
}
