using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Rollup.SettlementClient.Signing;

namespace Rollup.SettlementClient.Keys;

public static partial class Keystore
{
    /// <summary>
    /// Encrypts key into a v3 keystore with scrypt (default <see cref="ScryptParameters.Standard"/>), a
    /// fresh random salt and IV, a random UUID v4 id and the key's address; hex is lowercase without 0x.
    /// </summary>
    public static string Encrypt(EthECKey key, string password, ScryptParameters? cost = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(password);
        cost ??= ScryptParameters.Standard;
        KeystoreLimits.CheckScrypt(cost.N, cost.R, cost.P);
        var salt = RandomNumberGenerator.GetBytes(32);
        var iv = RandomNumberGenerator.GetBytes(KeystoreLimits.IvLength);
        var derivedKey = KeystoreKdf.DeriveScrypt(password, salt, cost.N, cost.R, cost.P);
        var privateKey = key.GetPrivateKey();
        try
        {
            var ciphertext = AesCtr.Transform(derivedKey.AsSpan(0, 16), iv, privateKey);
            var mac = Mac(derivedKey, ciphertext);
            return Write(key, cost, salt, iv, ciphertext, mac);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(derivedKey);
            CryptographicOperations.ZeroMemory(privateKey);
        }
    }

    /// <summary>Writes the keystore to path, refusing to overwrite an existing file; on Unix the file is readable by its owner only.</summary>
    public static void EncryptToFile(string path, EthECKey key, string password, ScryptParameters? cost = null)
    {
        var json = Encrypt(key, password, cost);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var stream = new FileStream(path, options);
        stream.Write(Encoding.UTF8.GetBytes(json));
    }

    private static string Write(EthECKey key, ScryptParameters cost, byte[] salt, byte[] iv, byte[] ciphertext, byte[] mac)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("address", Convert.ToHexStringLower(key.GetAddress().ToBytes()));
            w.WriteStartObject("crypto");
            w.WriteString("cipher", Cipher);
            w.WriteString("ciphertext", Convert.ToHexStringLower(ciphertext));
            w.WriteStartObject("cipherparams");
            w.WriteString("iv", Convert.ToHexStringLower(iv));
            w.WriteEndObject();
            w.WriteString("kdf", KeystoreKdf.ScryptName);
            w.WriteStartObject("kdfparams");
            w.WriteNumber("dklen", KeystoreLimits.DerivedKeyLength);
            w.WriteNumber("n", cost.N);
            w.WriteNumber("p", cost.P);
            w.WriteNumber("r", cost.R);
            w.WriteString("salt", Convert.ToHexStringLower(salt));
            w.WriteEndObject();
            w.WriteString("mac", Convert.ToHexStringLower(mac));
            w.WriteEndObject();
            w.WriteString("id", Guid.NewGuid().ToString("D"));
            w.WriteNumber("version", Version);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
