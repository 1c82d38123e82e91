namespace Rollup.Sequencer.Hosting;

/// <summary>
/// Names where the operator key is; never holds it. Configuration files may be read by anyone
/// who can read the deployment, so a key or password is taken only from the environment or a
/// keystore, and a key-looking entry in configuration fails the start.
/// </summary>
public sealed class OperatorKeyOptions
{
    public OperatorKeySourceKind Source { get; set; } = OperatorKeySourceKind.None;

    /// <summary>Environment variable holding the private key (Source=Environment).</summary>
    public string? Variable { get; set; }

    /// <summary>Keystore file (Source=Keystore).</summary>
    public string? KeystoreFile { get; set; }

    /// <summary>Environment variable holding the keystore password (Source=Keystore; or <see cref="PasswordFile"/>).</summary>
    public string? PasswordVariable { get; set; }

    /// <summary>File whose first line is the keystore password (Source=Keystore; or <see cref="PasswordVariable"/>).</summary>
    public string? PasswordFile { get; set; }
}
