using Rollup.SettlementClient.Keys;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Signing;

namespace Rollup.SettlementClient.Tests.Keys;

public sealed class KeySourceTests : IDisposable
{
    private const string PrivateKeyDigits = "7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d";
    private const string Password = "s3cret-keystore-password";

    // Unique names so parallel test classes never see each other's variables.
    private readonly string _keyVariable = "ROLLUP_TEST_KEY_" + Guid.NewGuid().ToString("N");
    private readonly string _passwordVariable = "ROLLUP_TEST_PASSWORD_" + Guid.NewGuid().ToString("N");
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("keysource-test");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(_keyVariable, null);
        Environment.SetEnvironmentVariable(_passwordVariable, null);
        _dir.Delete(true);
    }

    private string WriteKeystore()
    {
        var path = Path.Combine(_dir.FullName, "key.json");
        Keystore.EncryptToFile(path, new EthECKey(PrivateKeyDigits), Password, new ScryptParameters(1 << 10, 8, 1));
        return path;
    }

    private static void AssertNoSecret(string text)
    {
        Assert.DoesNotContain(PrivateKeyDigits[..16], text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Password, text);
    }

    [Theory]
    [InlineData("0x" + PrivateKeyDigits)]
    [InlineData(PrivateKeyDigits)]
    [InlineData("  0X" + PrivateKeyDigits + "\n")]
    public void Environment_source_loads_hex_key_with_or_without_0x(string value)
    {
        Environment.SetEnvironmentVariable(_keyVariable, value);
        var key = KeySource.FromEnvironment(_keyVariable).Load();
        Assert.Equal("0x" + PrivateKeyDigits, Hex.Encode(key.GetPrivateKey()));
    }

    [Fact]
    public void Environment_source_reports_unset_variable_by_name()
    {
        var e = Assert.Throws<KeySourceException>(() => KeySource.FromEnvironment(_keyVariable).Load());
        Assert.Contains(_keyVariable, e.Message);
    }

    [Theory]
    [InlineData(PrivateKeyDigits + "00")]
    [InlineData("zz" + PrivateKeyDigits)]
    [InlineData("g" + PrivateKeyDigits)]
    [InlineData("0x" + "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    public void Environment_source_refuses_bad_value_without_echoing_it(string value)
    {
        Environment.SetEnvironmentVariable(_keyVariable, value);
        var e = Assert.Throws<KeySourceException>(() => KeySource.FromEnvironment(_keyVariable).Load());
        Assert.Contains(_keyVariable, e.Message);
        AssertNoSecret(e.Message);
        Assert.DoesNotContain(value.Trim()[..20], e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Keystore_source_loads_with_password_from_environment()
    {
        Environment.SetEnvironmentVariable(_passwordVariable, Password);
        var source = KeySource.FromKeystore(WriteKeystore(), PasswordSource.FromEnvironment(_passwordVariable));
        Assert.Equal("0x" + PrivateKeyDigits, Hex.Encode(source.Load().GetPrivateKey()));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("")]
    public void Keystore_source_loads_with_first_line_of_password_file(string lineEnd)
    {
        var passwordFile = Path.Combine(_dir.FullName, "password.txt");
        File.WriteAllText(passwordFile, Password + lineEnd + (lineEnd.Length > 0 ? "ignored second line" + lineEnd : ""));
        var source = KeySource.FromKeystore(WriteKeystore(), PasswordSource.FromFile(passwordFile));
        Assert.Equal("0x" + PrivateKeyDigits, Hex.Encode(source.Load().GetPrivateKey()));
    }

    [Fact]
    public void Keystore_source_with_wrong_password_throws_typed_error_without_the_password()
    {
        Environment.SetEnvironmentVariable(_passwordVariable, Password + "x");
        var source = KeySource.FromKeystore(WriteKeystore(), PasswordSource.FromEnvironment(_passwordVariable));
        var e = Assert.Throws<KeystorePasswordException>(source.Load);
        AssertNoSecret(e.Message);
        Assert.DoesNotContain(Password + "x", e.Message);
    }

    [Fact]
    public void Keystore_source_reports_missing_password_file_and_keystore_file()
    {
        var missing = Path.Combine(_dir.FullName, "nope.txt");
        var e = Assert.Throws<KeySourceException>(() => KeySource.FromKeystore(WriteKeystore(), PasswordSource.FromFile(missing)).Load());
        Assert.Contains("nope.txt", e.Message);
        Environment.SetEnvironmentVariable(_passwordVariable, Password);
        var k = Assert.Throws<KeystoreException>(() =>
            KeySource.FromKeystore(Path.Combine(_dir.FullName, "absent.json"), PasswordSource.FromEnvironment(_passwordVariable)).Load());
        Assert.Contains("absent.json", k.Message);
    }

    [Fact]
    public void ToString_of_sources_and_loaded_key_never_shows_key_or_password()
    {
        Environment.SetEnvironmentVariable(_keyVariable, PrivateKeyDigits);
        Environment.SetEnvironmentVariable(_passwordVariable, Password);
        var envSource = KeySource.FromEnvironment(_keyVariable);
        var password = PasswordSource.FromEnvironment(_passwordVariable);
        var fileSource = KeySource.FromKeystore(WriteKeystore(), password);
        var loaded = new[] { envSource.Load(), fileSource.Load() };
        foreach (var text in new[] { envSource.ToString(), fileSource.ToString(), password.ToString(), loaded[0].ToString()!, loaded[1].ToString()! })
            AssertNoSecret(text);
        Assert.Contains(_keyVariable, envSource.ToString());
        Assert.Contains(_passwordVariable, fileSource.ToString());
    }
}
