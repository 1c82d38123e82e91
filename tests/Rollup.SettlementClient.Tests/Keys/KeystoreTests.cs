using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Rollup.SettlementClient.Keys;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Signing;

namespace Rollup.SettlementClient.Tests.Keys;

public class KeystoreTests
{
    // Small scrypt cost so writing and reading stay in milliseconds.
    private static readonly ScryptParameters Fast = new(1 << 10, 8, 1);
    private const string Password = "correct horse battery staple";

    private static readonly EthECKey Key = new(KeystoreVectors.PrivateKey);

    private static string Mutate(string json, Action<JsonNode> change)
    {
        var node = JsonNode.Parse(json)!;
        change(node);
        return node.ToJsonString();
    }

    private static string FlipHexDigit(string hex) => (hex[0] == '0' ? "1" : "0") + hex[1..];

    [Fact]
    public void Decrypts_definition_pbkdf2_vector_to_its_private_key_and_address()
    {
        var key = Keystore.Decrypt(KeystoreVectors.Pbkdf2, KeystoreVectors.Password);
        Assert.Equal(KeystoreVectors.PrivateKey, Hex.Encode(key.GetPrivateKey()));
        Assert.Equal(KeystoreVectors.Address, key.GetAddress().ToString());
    }

    [Fact]
    public void Decrypts_definition_scrypt_vector_to_its_private_key_and_address()
    {
        var key = Keystore.Decrypt(KeystoreVectors.Scrypt, KeystoreVectors.Password);
        Assert.Equal(KeystoreVectors.PrivateKey, Hex.Encode(key.GetPrivateKey()));
        Assert.Equal(KeystoreVectors.Address, key.GetAddress().ToString());
    }

    [Fact]
    public void Decrypts_keystore_written_by_ethers_with_non_ascii_password()
    {
        var key = Keystore.Decrypt(KeystoreVectors.Ethers, KeystoreVectors.EthersPassword);
        Assert.Equal(KeystoreVectors.EthersPrivateKey, Hex.Encode(key.GetPrivateKey()));
        Assert.Equal(KeystoreVectors.EthersAddress, key.GetAddress().ToString());
    }

    [Fact]
    public void Accepts_address_field_that_matches_the_key_with_or_without_0x()
    {
        foreach (var address in new[] { KeystoreVectors.Address[2..], KeystoreVectors.Address })
        {
            var json = Mutate(KeystoreVectors.Pbkdf2, n => n["address"] = address);
            Assert.Equal(KeystoreVectors.PrivateKey, Hex.Encode(Keystore.Decrypt(json, KeystoreVectors.Password).GetPrivateKey()));
        }
    }

    [Fact]
    public void Refuses_address_field_of_another_key()
    {
        var json = Mutate(KeystoreVectors.Pbkdf2, n => n["address"] = "00000000000000000000000000000000000000aa");
        var e = Assert.Throws<KeystoreException>(() => Keystore.Decrypt(json, KeystoreVectors.Password));
        Assert.Contains("not to the keystore's address 0x00000000000000000000000000000000000000aa", e.Message);
    }

    [Fact]
    public void Refuses_wrong_password_with_typed_exception()
    {
        var e = Assert.Throws<KeystorePasswordException>(() => Keystore.Decrypt(KeystoreVectors.Pbkdf2, "testpassword!"));
        Assert.Equal("wrong password or corrupted keystore", e.Message);
    }

    [Theory]
    [InlineData("ciphertext")]
    [InlineData("mac")]
    public void Refuses_tampered_field_as_wrong_password_or_corruption(string field)
    {
        var json = Keystore.Encrypt(Key, Password, Fast);
        var tampered = Mutate(json, n => n["crypto"]![field] = FlipHexDigit(n["crypto"]![field]!.GetValue<string>()));
        Assert.Throws<KeystorePasswordException>(() => Keystore.Decrypt(tampered, Password));
    }

    [Fact]
    public void Round_trip_write_then_read_gives_the_same_key()
    {
        var json = Keystore.Encrypt(Key, Password, Fast);
        var back = Keystore.Decrypt(json, Password);
        Assert.Equal(Key.GetPrivateKey(), back.GetPrivateKey());
    }

    [Fact]
    public void Round_trip_accepts_non_ascii_password()
    {
        const string password = "pässwörd ключ 🔑";
        var back = Keystore.Decrypt(Keystore.Encrypt(Key, password, Fast), password);
        Assert.Equal(Key.GetPrivateKey(), back.GetPrivateKey());
    }

    [Fact]
    public void Written_keystore_has_the_v3_layout_lowercase_hex_uuid_v4_and_address()
    {
        using var doc = JsonDocument.Parse(Keystore.Encrypt(Key, Password, Fast));
        var root = doc.RootElement;
        Assert.Equal(new[] { "address", "crypto", "id", "version" }, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, root.GetProperty("version").GetInt32());
        Assert.Equal(KeystoreVectors.Address[2..], root.GetProperty("address").GetString());
        Assert.Matches(new Regex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"), root.GetProperty("id").GetString());
        var crypto = root.GetProperty("crypto");
        Assert.Equal(new[] { "cipher", "ciphertext", "cipherparams", "kdf", "kdfparams", "mac" }, crypto.EnumerateObject().Select(p => p.Name));
        Assert.Equal("aes-128-ctr", crypto.GetProperty("cipher").GetString());
        Assert.Equal("scrypt", crypto.GetProperty("kdf").GetString());
        Assert.Matches("^[0-9a-f]{64}$", crypto.GetProperty("ciphertext").GetString());
        Assert.Matches("^[0-9a-f]{64}$", crypto.GetProperty("mac").GetString());
        Assert.Matches("^[0-9a-f]{32}$", crypto.GetProperty("cipherparams").GetProperty("iv").GetString());
        var kdf = crypto.GetProperty("kdfparams");
        Assert.Equal(new[] { "dklen", "n", "p", "r", "salt" }, kdf.EnumerateObject().Select(p => p.Name));
        Assert.Equal(32, kdf.GetProperty("dklen").GetInt32());
        Assert.Equal(1 << 10, kdf.GetProperty("n").GetInt32());
        Assert.Equal(8, kdf.GetProperty("r").GetInt32());
        Assert.Equal(1, kdf.GetProperty("p").GetInt32());
        Assert.Matches("^[0-9a-f]{64}$", kdf.GetProperty("salt").GetString());
    }

    [Fact]
    public void Each_write_uses_fresh_salt_iv_and_id()
    {
        using var a = JsonDocument.Parse(Keystore.Encrypt(Key, Password, Fast));
        using var b = JsonDocument.Parse(Keystore.Encrypt(Key, Password, Fast));
        string Field(JsonDocument d, params string[] path) => path.Aggregate(d.RootElement, (e, p) => e.GetProperty(p)).GetString()!;
        Assert.NotEqual(Field(a, "crypto", "kdfparams", "salt"), Field(b, "crypto", "kdfparams", "salt"));
        Assert.NotEqual(Field(a, "crypto", "cipherparams", "iv"), Field(b, "crypto", "cipherparams", "iv"));
        Assert.NotEqual(Field(a, "id"), Field(b, "id"));
        Assert.NotEqual(Field(a, "crypto", "ciphertext"), Field(b, "crypto", "ciphertext"));
    }

    [Fact]
    public void Default_write_cost_is_geth_standard_scrypt()
    {
        Assert.Equal(new ScryptParameters(262144, 8, 1), ScryptParameters.Standard);
    }

    public static TheoryData<string, string> BadFiles() => new()
    {
        { "version=4", "keystore version 4 is not supported" },
        { "kdf=argon2", "kdf 'argon2' is not supported" },
        { "cipher=aes-128-cbc", "cipher 'aes-128-cbc' is not supported" },
        { "n=1000", "scrypt n must be a power of two" },
        { "n=2097152", "scrypt n must be a power of two in [2, 2^20], got 2097152" },
        { "dklen=64", "kdf dklen must be 32, got 64" },
        { "r=0", "scrypt r must be in [1, 32], got 0" },
        { "p=1000", "scrypt p must be in [1, 16], got 1000" },
        { "n=1048576;r=8", "over the 256 MiB limit" },
        { "iv=00", "iv must be 16 bytes" },
        { "ciphertext=00", "ciphertext must be 32 bytes" },
        { "salt=zz", "\"salt\" is not hex" },
        { "drop=mac", "keystore has no \"mac\" field" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Refuses_unsupported_or_absurd_scrypt_keystore(string change, string message)
    {
        var json = Mutate(KeystoreVectors.Scrypt, root =>
        {
            var crypto = root["crypto"]!;
            var kdf = crypto["kdfparams"]!;
            foreach (var part in change.Split(';'))
            {
                var (name, value) = (part.Split('=')[0], part.Split('=')[1]);
                switch (name)
                {
                    case "version": root["version"] = int.Parse(value); break;
                    case "kdf" or "cipher": crypto[name] = value; break;
                    case "iv": crypto["cipherparams"]!["iv"] = value; break;
                    case "ciphertext": crypto["ciphertext"] = value; break;
                    case "salt": kdf["salt"] = value; break;
                    case "drop": crypto.AsObject().Remove(value); break;
                    default: kdf[name] = int.Parse(value); break;
                }
            }
        });
        var e = Assert.Throws<KeystoreException>(() => Keystore.Decrypt(json, KeystoreVectors.Password));
        Assert.IsNotType<KeystorePasswordException>(e);
        Assert.Contains(message, e.Message);
    }

    [Theory]
    [InlineData("prf", "hmac-sha512", "pbkdf2 prf 'hmac-sha512' is not supported")]
    [InlineData("c", "0", "pbkdf2 c must be in [1, 2^24], got 0")]
    [InlineData("c", "100000000", "pbkdf2 c must be in [1, 2^24], got 100000000")]
    public void Refuses_unsupported_or_absurd_pbkdf2_keystore(string field, string value, string message)
    {
        var json = Mutate(KeystoreVectors.Pbkdf2, root =>
            root["crypto"]!["kdfparams"]![field] = field == "c" ? JsonValue.Create(long.Parse(value)) : JsonValue.Create(value));
        var e = Assert.Throws<KeystoreException>(() => Keystore.Decrypt(json, KeystoreVectors.Password));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Refuses_non_json_and_non_object()
    {
        Assert.Contains("not valid JSON", Assert.Throws<KeystoreException>(() => Keystore.Decrypt("{", "x")).Message);
        Assert.Contains("not a JSON object", Assert.Throws<KeystoreException>(() => Keystore.Decrypt("[]", "x")).Message);
    }

    [Fact]
    public void Write_refuses_absurd_scrypt_cost()
    {
        Assert.Throws<KeystoreException>(() => Keystore.Encrypt(Key, Password, new ScryptParameters(1000, 8, 1)));
        Assert.Throws<KeystoreException>(() => Keystore.Encrypt(Key, Password, new ScryptParameters(1 << 21, 1, 1)));
    }

    [Fact]
    public void Public_only_key_cannot_be_written()
    {
        var publicOnly = EthECKey.FromPublicKey(Key.GetPubKey());
        Assert.Throws<InvalidOperationException>(() => Keystore.Encrypt(publicOnly, Password, Fast));
    }

    [Fact]
    public void File_round_trip_refuses_to_overwrite_an_existing_file()
    {
        var dir = Directory.CreateTempSubdirectory("keystore-test");
        try
        {
            var path = Path.Combine(dir.FullName, "key.json");
            Keystore.EncryptToFile(path, Key, Password, Fast);
            Assert.Equal(Key.GetPrivateKey(), Keystore.DecryptFile(path, Password).GetPrivateKey());
            Assert.Throws<IOException>(() => Keystore.EncryptToFile(path, Key, Password, Fast));
            if (!OperatingSystem.IsWindows())
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
