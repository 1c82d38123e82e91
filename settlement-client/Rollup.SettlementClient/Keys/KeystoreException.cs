namespace Rollup.SettlementClient.Keys;

/// <summary>A keystore file that cannot be used: malformed, unsupported, unreasonable parameters, or a key that does not match its address. Messages never carry key material.</summary>
public class KeystoreException(string message) : Exception(message);
