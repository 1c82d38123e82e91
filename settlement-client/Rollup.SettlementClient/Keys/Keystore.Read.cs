using System.Security.Cryptography;
using System.Text.Json;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Signing;

namespace Rollup.SettlementClient.Keys;

public static partial class Keystore
{
    public static EthECKey DecryptFile(string path, string password)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KeystoreException($"cannot read keystore file '{path}': {e.Message}");
        }
        return Decrypt(json, password);
    }

    /// <summary>
    /// Decrypts a v3 keystore. The MAC is compared in constant time before anything is decrypted; a
    /// mismatch is a <see cref="KeystorePasswordException"/>. When the file names an address the key must
    /// derive it.
    /// </summary>
    public static EthECKey Decrypt(string json, string password)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(password);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            throw new KeystoreException("keystore is not valid JSON");
        }
        using (doc)
        {
            return Decrypt(doc.RootElement, password);
        }
    }

    private static EthECKey Decrypt(JsonElement root, string password)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new KeystoreException("keystore is not a JSON object");
        var version = KeystoreJson.Int(root, "version");
        if (version != Version) throw new KeystoreException($"keystore version {version} is not supported (only 3)");
        // geth wrote "Crypto" before 1.4; both spellings are in the wild.
        var crypto = root.TryGetProperty("crypto", out var lower) ? lower
            : root.TryGetProperty("Crypto", out var upper) ? upper
            : throw new KeystoreException("keystore has no \"crypto\" object");
        if (crypto.ValueKind != JsonValueKind.Object) throw new KeystoreException("keystore \"crypto\" is not an object");

        var cipher = KeystoreJson.String(crypto, "cipher");
        if (cipher != Cipher) throw new KeystoreException($"keystore cipher '{cipher}' is not supported (only {Cipher})");
        var iv = KeystoreJson.Bytes(KeystoreJson.Object(crypto, "cipherparams"), "iv");
        if (iv.Length != KeystoreLimits.IvLength) throw new KeystoreException($"aes-128-ctr iv must be 16 bytes, got {iv.Length}");
        var ciphertext = KeystoreJson.Bytes(crypto, "ciphertext");
        if (ciphertext.Length != KeystoreLimits.PrivateKeyLength)
            throw new KeystoreException($"ciphertext must be 32 bytes (a secp256k1 private key), got {ciphertext.Length}");
        var mac = KeystoreJson.Bytes(crypto, "mac");
        if (mac.Length != 32) throw new KeystoreException($"mac must be 32 bytes, got {mac.Length}");
        L1Address? expected = ReadAddress(root);

        var derivedKey = Derive(crypto, password);
        byte[]? privateKey = null;
        try
        {
            if (!CryptographicOperations.FixedTimeEquals(Mac(derivedKey, ciphertext), mac)) throw new KeystorePasswordException();
            privateKey = AesCtr.Transform(derivedKey.AsSpan(0, 16), iv, ciphertext);
            EthECKey key;
            try
            {
                key = new EthECKey(privateKey);
            }
            catch (SignatureException)
            {
                throw new KeystoreException("decrypted private key is not a valid secp256k1 key");
            }
            if (expected is { } address && key.GetAddress() != address)
                throw new KeystoreException($"decrypted key belongs to {key.GetAddress()}, not to the keystore's address {address}");
            return key;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(derivedKey);
            if (privateKey is not null) CryptographicOperations.ZeroMemory(privateKey);
        }
    }

    private static byte[] Derive(JsonElement crypto, string password)
    {
        var kdf = KeystoreJson.String(crypto, "kdf");
        var parameters = KeystoreJson.Object(crypto, "kdfparams");
        var dklen = KeystoreJson.Int(parameters, "dklen");
        if (dklen != KeystoreLimits.DerivedKeyLength) throw new KeystoreException($"kdf dklen must be 32, got {dklen}");
        var salt = KeystoreJson.Bytes(parameters, "salt");
        switch (kdf)
        {
            case KeystoreKdf.ScryptName:
            {
                long n = KeystoreJson.Int(parameters, "n"), r = KeystoreJson.Int(parameters, "r"), p = KeystoreJson.Int(parameters, "p");
                KeystoreLimits.CheckScrypt(n, r, p);
                return KeystoreKdf.DeriveScrypt(password, salt, (int)n, (int)r, (int)p);
            }
            case KeystoreKdf.Pbkdf2Name:
            {
                var prf = KeystoreJson.String(parameters, "prf");
                if (prf != KeystoreKdf.Pbkdf2Prf) throw new KeystoreException($"pbkdf2 prf '{prf}' is not supported (only {KeystoreKdf.Pbkdf2Prf})");
                long c = KeystoreJson.Int(parameters, "c");
                KeystoreLimits.CheckPbkdf2(c);
                return KeystoreKdf.DerivePbkdf2(password, salt, (int)c);
            }
            default:
                throw new KeystoreException($"keystore kdf '{kdf}' is not supported (scrypt or pbkdf2)");
        }
    }

    private static L1Address? ReadAddress(JsonElement root)
    {
        if (!root.TryGetProperty("address", out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String) throw new KeystoreException("keystore \"address\" is not a string");
        var text = value.GetString()!;
        var hex = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text : "0x" + text;
        if (!L1Address.TryParse(hex, out var address)) throw new KeystoreException($"keystore \"address\" is not a 20-byte hex address: '{text}'");
        return address;
    }
}
