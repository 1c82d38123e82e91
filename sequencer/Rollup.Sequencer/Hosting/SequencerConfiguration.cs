namespace Rollup.Sequencer.Hosting;

/// <summary>
/// Configuration sources and binding: appsettings.json and appsettings.{Profile}.json beside the
/// executable, then ROLLUP_-prefixed environment variables, then the command line. The profile
/// comes from --profile NAME (or ROLLUP_PROFILE) and defaults to Production.
/// </summary>
public static class SequencerConfiguration
{
    public const string ProfileArgument = "--profile";
    public const string ProfileVariable = "ROLLUP_PROFILE";
    public const string EnvironmentPrefix = "ROLLUP_";
    public const string DefaultProfile = "Production";

    private static readonly string[] SecretNames = ["PrivateKey", "Key", "Password", "Secret", "Mnemonic"];

    /// <summary>The profile name, first letter capitalised so it names appsettings.{Profile}.json on case-sensitive file systems.</summary>
    public static string Profile(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? profile = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == ProfileArgument && i + 1 < args.Length) profile = args[i + 1];
            else if (args[i].StartsWith(ProfileArgument + "=", StringComparison.Ordinal)) profile = args[i][(ProfileArgument.Length + 1)..];
        }
        profile ??= Environment.GetEnvironmentVariable(ProfileVariable);
        if (string.IsNullOrWhiteSpace(profile)) return DefaultProfile;
        return char.ToUpperInvariant(profile[0]) + profile[1..];
    }

    public static void AddSources(IConfigurationBuilder configuration, string baseDirectory, string profile, string[] args)
    {
        configuration.SetBasePath(baseDirectory);
        configuration.AddJsonFile("appsettings.json", optional: true, reloadOnChange: false);
        configuration.AddJsonFile($"appsettings.{profile}.json", optional: true, reloadOnChange: false);
        configuration.AddEnvironmentVariables(EnvironmentPrefix);
        configuration.AddCommandLine(args);
    }

    /// <summary>Binds and validates the Sequencer section; throws <see cref="SequencerOptionsException"/> naming every bad option.</summary>
    public static SequencerOptions Load(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SequencerOptions.Section);
        var options = new SequencerOptions();
        var errors = new List<string>();
        try
        {
            section.Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException e)
        {
            // The binder names the option and the value it could not convert, or the unknown key.
            errors.Add(e.Message);
        }
        foreach (var child in section.GetSection("OperatorKey").GetChildren())
        {
            if (Array.Exists(SecretNames, name => string.Equals(name, child.Key, StringComparison.OrdinalIgnoreCase)))
                errors.Add($"{SequencerOptions.Section}:OperatorKey:{child.Key}: keys and passwords are never read from configuration; use Source=Environment with Variable, or Source=Keystore");
        }
        if (errors.Count == 0) errors.AddRange(SequencerOptionsValidator.Errors(options));
        if (errors.Count > 0) throw new SequencerOptionsException(errors);
        return options;
    }
}
