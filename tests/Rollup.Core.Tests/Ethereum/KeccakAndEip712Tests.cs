using System.Text;
using Rollup.Core.Ethereum;
using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Core.Tests.Ethereum;

public class KeccakAndEip712Tests
{
    [Fact]
    public void Keccak256_matches_every_ethers_vector()
    {
        using var doc = Vectors.Load("keccak256.json");
        int n = 0;
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            var input = Encoding.UTF8.GetBytes(c.GetProperty("utf8").GetString()!);
            Assert.Equal(c.GetProperty("keccak256").GetString(), "0x" + Convert.ToHexStringLower(Keccak256.Hash(input)));
            n++;
        }
        Assert.True(n >= 4);
    }

    [Theory]
    [InlineData(135)]
    [InlineData(136)]
    [InlineData(137)]
    [InlineData(272)]
    public void Keccak256_differs_across_rate_boundaries(int length)
    {
        // Lengths around the 136-byte rate exercise the padding edge; neighbours must not collide.
        var a = Keccak256.Hash(new byte[length]);
        var b = Keccak256.Hash(new byte[length + 1]);
        Assert.NotEqual(Convert.ToHexString(a), Convert.ToHexString(b));
    }

    [Fact]
    public void Register_key_digest_matches_ethers_signTypedData()
    {
        using var doc = Vectors.Load("eip712.json");
        var domain = doc.RootElement.GetProperty("domain");
        ulong chainId = domain.GetProperty("chainId").GetUInt64();
        var contract = L1Address.Parse(domain.GetProperty("verifyingContract").GetString()!);
        int checkedCases = 0;
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            Assert.Equal(c.GetProperty("domain_separator").GetString(),
                "0x" + Convert.ToHexStringLower(RegisterKeyTypedData.DomainSeparator(chainId, contract)));
            if (c.GetProperty("primaryType").GetString() != "RegisterKey") continue;
            var m = c.GetProperty("message");
            var digest = RegisterKeyTypedData.Digest(chainId, contract,
                L1Address.Parse(m.GetProperty("account").GetString()!),
                Fr.Parse(m.GetProperty("l2PublicKeyX").GetString()!),
                Fr.Parse(m.GetProperty("l2PublicKeyY").GetString()!),
                ulong.Parse(m.GetProperty("nonce").GetString()!));
            Assert.Equal(c.GetProperty("digest").GetString(), "0x" + Convert.ToHexStringLower(digest));
            checkedCases++;
        }
        Assert.True(checkedCases >= 2);
    }

    [Fact]
    public void Address_round_trips_and_rejects_bad_text()
    {
        var a = L1Address.Parse("0x8aA4377EBaF73deE184E1E9b5AC9E54B16003040");
        Assert.Equal("0x8aa4377ebaf73dee184e1e9b5ac9e54b16003040", a.ToString());
        Assert.Equal(System.Numerics.BigInteger.Parse("0" + "8aa4377ebaf73dee184e1e9b5ac9e54b16003040", System.Globalization.NumberStyles.HexNumber), a.ToField().ToBigInteger());
        Assert.False(L1Address.TryParse("0x1234", out _));
        Assert.False(L1Address.TryParse("0xzzA4377EBaF73deE184E1E9b5AC9E54B16003040", out _));
    }
}
