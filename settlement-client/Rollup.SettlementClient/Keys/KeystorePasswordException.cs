namespace Rollup.SettlementClient.Keys;

/// <summary>The MAC did not match: from the file alone a wrong password and a damaged ciphertext or MAC cannot be told apart.</summary>
public sealed class KeystorePasswordException() : KeystoreException("wrong password or corrupted keystore");
