using System.Security.Cryptography;
using System.Text;

namespace Rollup.SettlementClient.Keys;

/// <summary>The two key-derivation functions of Web3 Secret Storage v3. The password is taken as its UTF-8 bytes, as geth and ethers do.</summary>
internal static class KeystoreKdf
{
    public const string ScryptName = "scrypt";
    public const string Pbkdf2Name = "pbkdf2";
    public const string Pbkdf2Prf = "hmac-sha256";

    public static byte[] DeriveScrypt(string password, byte[] salt, int n, int r, int p)
    {
        KeystoreLimits.CheckScrypt(n, r, p);
        KeystoreLimits.CheckSalt(salt);
        var passwordBytes = Encoding.UTF8.GetBytes(password);
        try
        {
            return Scrypt.Derive(passwordBytes, salt, n, r, p, KeystoreLimits.DerivedKeyLength);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(passwordBytes);
        }
    }

    public static byte[] DerivePbkdf2(string password, byte[] salt, int iterations)
    {
        KeystoreLimits.CheckPbkdf2(iterations);
        KeystoreLimits.CheckSalt(salt);
        var passwordBytes = Encoding.UTF8.GetBytes(password);
        try
        {
            return Rfc2898DeriveBytes.Pbkdf2(passwordBytes, salt, iterations, HashAlgorithmName.SHA256, KeystoreLimits.DerivedKeyLength);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(passwordBytes);
        }
    }
}
