using Rollup.SettlementClient.Keys;
using Rollup.SettlementClient.Signing;

namespace Rollup.Sequencer.Hosting;

/// <summary>Loads the operator key from the configured source when the L1 poster needs it; <see cref="ToString"/> names the source, never the key.</summary>
public sealed class OperatorKeyProvider
{
    // Anvil's dev account 0 from its default mnemonic: public knowledge, guards nothing but a local devnet.
    private const string DevnetAccountZeroKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    private readonly Func<EthECKey>? _load;
    private readonly string _description;

    public OperatorKeyProvider(OperatorKeyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        switch (options.Source)
        {
            case OperatorKeySourceKind.Environment:
                var fromEnvironment = KeySource.FromEnvironment(options.Variable!);
                (_load, _description) = (fromEnvironment.Load, fromEnvironment.ToString());
                break;
            case OperatorKeySourceKind.Keystore:
                var password = string.IsNullOrWhiteSpace(options.PasswordFile)
                    ? PasswordSource.FromEnvironment(options.PasswordVariable!)
                    : PasswordSource.FromFile(options.PasswordFile);
                var keystore = KeySource.FromKeystore(options.KeystoreFile!, password);
                (_load, _description) = (keystore.Load, keystore.ToString());
                break;
            case OperatorKeySourceKind.DevnetAccount:
                (_load, _description) = (() => new EthECKey(DevnetAccountZeroKey), "devnet account 0 (public development key)");
                break;
            default:
                _description = "no operator key";
                break;
        }
    }

    public bool IsConfigured => _load is not null;

    /// <summary>Reads the key now; throws if none is configured or the source fails (unset variable, wrong password).</summary>
    public EthECKey Load() => (_load ?? throw new InvalidOperationException("no operator key is configured (Sequencer:OperatorKey:Source is None)"))();

    public override string ToString() => _description;
}
