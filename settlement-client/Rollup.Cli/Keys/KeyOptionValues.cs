namespace Rollup.Cli.Keys;

/// <summary>The parsed values of <see cref="KeyOptions"/>.</summary>
internal sealed record KeyOptionValues(string? Keystore, string? PasswordEnv, string? PasswordFile);
