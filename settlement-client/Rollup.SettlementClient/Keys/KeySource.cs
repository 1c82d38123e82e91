using Rollup.SettlementClient.Signing;

namespace Rollup.SettlementClient.Keys;

/// <summary>
/// Where the operator's or a trader's Ethereum key comes from: a hex private key in an environment
/// variable, or a keystore file and its password. The key is read on <see cref="Load"/> only;
/// <see cref="ToString"/> and every error name the source, never the key or the password.
/// </summary>
public sealed class KeySource
{
    private readonly string _description;
    private readonly Func<EthECKey> _load;

    private KeySource(string description, Func<EthECKey> load)
    {
        _description = description;
        _load = load;
    }

    /// <summary>A 32-byte hex private key, 0x optional, surrounding whitespace ignored.</summary>
    public static KeySource FromEnvironment(string variable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(variable);
        return new KeySource($"private key from environment variable {variable}", () =>
        {
            var text = Environment.GetEnvironmentVariable(variable)
                ?? throw new KeySourceException($"environment variable {variable} (private key) is not set");
            return ParsePrivateKey(text.Trim(), variable);
        });
    }

    public static KeySource FromKeystore(string keystorePath, PasswordSource password)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keystorePath);
        ArgumentNullException.ThrowIfNull(password);
        return new KeySource($"keystore {keystorePath} ({password})", () => Keystore.DecryptFile(keystorePath, password.Read()));
    }

    public EthECKey Load() => _load();

    public override string ToString() => _description;

    // Hex.Decode quotes its input in errors, so the text is checked here and the error names only the variable.
    private static EthECKey ParsePrivateKey(string text, string variable)
    {
        var digits = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text.AsSpan(2) : text.AsSpan();
        if (digits.Length != 64)
            throw new KeySourceException($"environment variable {variable} must hold a 32-byte hex private key (64 hex digits), it has {digits.Length} characters");
        var bytes = new byte[32];
        try
        {
            if (Convert.FromHexString(digits, bytes, out _, out _) != System.Buffers.OperationStatus.Done)
                throw new KeySourceException($"environment variable {variable} is not hex");
            return new EthECKey(bytes);
        }
        catch (SignatureException)
        {
            throw new KeySourceException($"environment variable {variable} holds a value outside the secp256k1 key range [1, n-1]");
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(bytes);
        }
    }
}
