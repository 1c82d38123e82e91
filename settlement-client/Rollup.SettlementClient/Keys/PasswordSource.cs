namespace Rollup.SettlementClient.Keys;

/// <summary>Where a keystore password comes from. <see cref="ToString"/> names the source, never the password.</summary>
public sealed class PasswordSource
{
    private readonly string _description;
    private readonly Func<string> _read;

    private PasswordSource(string description, Func<string> read)
    {
        _description = description;
        _read = read;
    }

    public static PasswordSource FromEnvironment(string variable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(variable);
        return new PasswordSource($"password from environment variable {variable}", () =>
            Environment.GetEnvironmentVariable(variable) ?? throw new KeySourceException($"environment variable {variable} (keystore password) is not set"));
    }

    /// <summary>The first line of the file, without its line ending, as geth's --password file is read.</summary>
    public static PasswordSource FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new PasswordSource($"password from file {path}", () =>
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new KeySourceException($"cannot read password file '{path}': {e.GetType().Name}");
            }
            var end = text.IndexOf('\n');
            var line = end < 0 ? text : text[..end];
            return line.EndsWith('\r') ? line[..^1] : line;
        });
    }

    /// <summary>A password typed by a person: <paramref name="ask"/> prompts for it (without echo) when it is read.</summary>
    public static PasswordSource FromPrompt(Func<string> ask)
    {
        ArgumentNullException.ThrowIfNull(ask);
        return new PasswordSource("password from the terminal", ask);
    }

    /// <summary>Reads the password now; the caller must not log or keep it.</summary>
    public string Read() => _read();

    public override string ToString() => _description;
}
