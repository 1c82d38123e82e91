using System.Text;
using Rollup.SettlementClient.Keys;

namespace Rollup.SettlementClient.Tests.Keys;

public class ScryptTests
{
    [Theory]
    [InlineData("", "", 16, 1, 1,
        "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906")]
    [InlineData("password", "NaCl", 1024, 8, 16,
        "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640")]
    public void Matches_rfc7914_test_vectors(string password, string salt, int n, int r, int p, string expected)
    {
        var key = Scrypt.Derive(Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes(salt), n, r, p, 64);
        Assert.Equal(expected, Convert.ToHexStringLower(key));
    }

    [Theory]
    [InlineData(2, 1, 1)]
    [InlineData(1024, 1, 3)]
    [InlineData(256, 3, 2)]
    [InlineData(4096, 8, 1)]
    public void Matches_bouncycastle_where_bouncycastle_accepts_the_parameters(int n, int r, int p)
    {
        var password = Encoding.UTF8.GetBytes("keystore password");
        var salt = Convert.FromHexString("ab0c7876052600dd703518d6fc3fe8984592145b591fc8fb5c6d43190334ba19");
        var expected = Org.BouncyCastle.Crypto.Generators.SCrypt.Generate(password, salt, n, r, p, 32);
        Assert.Equal(expected, Scrypt.Derive(password, salt, n, r, p, 32));
    }
}
