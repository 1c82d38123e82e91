using System.Security.Cryptography;
using Rollup.Core.Hashing;

namespace Rollup.SettlementClient.Keys;

/// <summary>
/// Web3 Secret Storage v3 (the geth / ethers keystore file): a private key encrypted with
/// aes-128-ctr under the first half of a scrypt or pbkdf2-hmac-sha256 derived key, authenticated by
/// mac = keccak256(derivedKey[16..32] ‖ ciphertext).
/// </summary>
public static partial class Keystore
{
    public const int Version = 3;
    public const string Cipher = "aes-128-ctr";

    private static byte[] Mac(ReadOnlySpan<byte> derivedKey, ReadOnlySpan<byte> ciphertext)
    {
        var body = new byte[16 + ciphertext.Length];
        derivedKey[16..32].CopyTo(body);
        ciphertext.CopyTo(body.AsSpan(16));
        var mac = Keccak256.Hash(body);
        CryptographicOperations.ZeroMemory(body);
        return mac;
    }
}
