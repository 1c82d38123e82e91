using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Rollup.Core.Signatures;
using Rollup.SettlementClient.Keys;
using Rollup.SettlementClient.Signing;

namespace Rollup.Cli.Tests.Keys;

public sealed class KeysCommandTests
{
    // The first key of the shared secp256k1 vectors; signature and key below were computed with
    // ethers 6 (wallet.signMessage of core's L2KeyDerivation.Message, then SHA-256 of
    // "options-rollup/l2-key/v1" ‖ r ‖ s with node's crypto).
    private const string PrivateKey = "0xd9edf598e566b685d315625694699ce4cc9078068fcdeecd9925298188643464";
    private const string Address = "0x8aA4377EBaF73deE184E1E9b5AC9E54B16003040";
    private const string EthersSignature = "0x10ca4ea2479645848442bd38ae8ec9b107c73749b46f69620805655f799649c152aede8f538d3dc52a48671e95ab6d0a9894dac59ba6ea044407bdcf78f2942b1c";
    private const string EthersL2Key = "0327a121d404529c4cc17571b2abfada94250fd5f7282e850d2c2b37db119d8a";

    [Fact]
    public void Personal_sign_of_the_key_message_equals_ethers_signMessage()
    {
        var key = new EthECKey(PrivateKey);
        Assert.Equal(Address, key.GetPublicAddress());
        Assert.Equal(EthersSignature, "0x" + Convert.ToHexStringLower(PersonalMessage.Sign(key, L2KeyDerivation.Message)));
    }

    [Fact]
    public void L2_key_derived_from_the_ethereum_key_is_the_one_ethers_and_sha256_give()
    {
        var l2 = L2KeyFromEthereum.Derive(new EthECKey(PrivateKey));
        Assert.Equal(new PrivateKey(Convert.FromHexString(EthersL2Key)), l2);
        Assert.Equal(SHA256.HashData([.. Encoding.UTF8.GetBytes(L2KeyDerivation.Domain), .. Convert.FromHexString(EthersSignature[2..130])]), l2.ToArray());
    }

    [Fact]
    public void Keys_show_prints_the_address_and_l2_public_key_as_json()
    {
        const string variable = "ROLLUP_CLI_TEST_KEYS_SHOW_KEY";
        Environment.SetEnvironmentVariable(variable, PrivateKey);
        try
        {
            var run = CliRun.Of("keys", "show", "--private-key-env", variable, "--json");

            Assert.Equal(0, run.ExitCode);
            using var doc = JsonDocument.Parse(run.Out);
            var expected = new PrivateKey(Convert.FromHexString(EthersL2Key)).GetPublicKey();
            Assert.Equal(Address, doc.RootElement.GetProperty("address").GetString());
            var l2 = doc.RootElement.GetProperty("l2PublicKey");
            Assert.Equal(expected.Point.X.ToString(), l2.GetProperty("x").GetString());
            Assert.Equal(expected.Point.Y.ToString(), l2.GetProperty("y").GetString());
            Assert.Equal("0x" + Convert.ToHexStringLower(expected.Pack()), l2.GetProperty("packed").GetString());
            Assert.DoesNotContain(PrivateKey[2..], run.Out + run.Error, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(EthersL2Key, run.Out + run.Error, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void Keys_new_writes_a_keystore_that_keys_show_reads_back()
    {
        using var dir = new TempDirectory();
        const string variable = "ROLLUP_CLI_TEST_KEYS_NEW_PASSWORD";
        Environment.SetEnvironmentVariable(variable, "correct horse");
        try
        {
            var path = dir.File("trader.json");
            var created = CliRun.Of("keys", "new", "--keystore", path, "--password-env", variable, "--light", "--json");
            Assert.Equal(0, created.ExitCode);
            using var made = JsonDocument.Parse(created.Out);
            var key = Keystore.DecryptFile(path, "correct horse");
            Assert.Equal(key.GetPublicAddress(), made.RootElement.GetProperty("address").GetString());
            Assert.Equal(L2KeyFromEthereum.Derive(key).GetPublicKey().Point.X.ToString(), made.RootElement.GetProperty("l2PublicKey").GetProperty("x").GetString());

            var shown = CliRun.Of("keys", "show", "--keystore", path, "--password-env", variable);
            Assert.Equal(0, shown.ExitCode);
            Assert.Contains(key.GetPublicAddress(), shown.Out, StringComparison.Ordinal);
            Assert.Contains(made.RootElement.GetProperty("l2PublicKey").GetProperty("packed").GetString()!, shown.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("correct horse", created.Out + created.Error + shown.Out + shown.Error, StringComparison.Ordinal);

            var again = CliRun.Of("keys", "new", "--keystore", path, "--password-env", variable, "--light");
            Assert.Equal(4, again.ExitCode);
            Assert.Contains("never overwritten", again.Error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void Keys_show_with_a_wrong_password_exits_4_and_never_prints_it()
    {
        using var dir = new TempDirectory();
        var path = dir.File("k.json");
        Keystore.EncryptToFile(path, new EthECKey(PrivateKey), "right", ScryptParameters.Light);
        const string variable = "ROLLUP_CLI_TEST_KEYS_WRONG_PASSWORD";
        Environment.SetEnvironmentVariable(variable, "wrong-secret-text");
        try
        {
            var run = CliRun.Of("keys", "show", "--keystore", path, "--password-env", variable);
            Assert.Equal(4, run.ExitCode);
            Assert.Contains("wrong password", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("wrong-secret-text", run.Out + run.Error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void Keys_show_needs_exactly_one_key_source_and_reports_an_unset_variable()
    {
        Assert.Equal(2, CliRun.Of("keys", "show").ExitCode);
        Assert.Equal(2, CliRun.Of("keys", "show", "--keystore", "a.json", "--private-key-env", "X").ExitCode);
        var unset = CliRun.Of("keys", "show", "--private-key-env", "ROLLUP_CLI_TEST_NOT_SET_ANYWHERE");
        Assert.Equal(3, unset.ExitCode);
        Assert.Contains("ROLLUP_CLI_TEST_NOT_SET_ANYWHERE", unset.Error, StringComparison.Ordinal);
    }
}
