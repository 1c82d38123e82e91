namespace Rollup.SettlementClient.Signing;

/// <summary>An invalid key, an out-of-range or malleable signature, or one that recovers no public key.</summary>
public sealed class SignatureException(string message) : Exception(message);
