using System.Numerics;
using System.Text.Json;
using Rollup.SettlementClient.Addresses;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Signing;

namespace Rollup.SettlementClient.Tests;

public class EthECKeyTests
{
    private static readonly BigInteger N = BigInteger.Parse("115792089237316195423570985008687907852837564279074904382605163141518161494337");

    public static TheoryData<int> Cases() => new() { 0, 1, 2 };

    private static JsonElement Case(int index)
    {
        using var doc = Vectors.Load("secp256k1.json");
        return doc.RootElement.GetProperty("cases")[index].Clone();
    }

    private static BigInteger Big(JsonElement c, string name) => BigEndianInteger.FromBytes(Hex.Decode(c.GetProperty(name).GetString()!));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Public_key_and_checksummed_address_match_ethers(int index)
    {
        var c = Case(index);
        var key = new EthECKey(c.GetProperty("private_key").GetString()!);
        Assert.Equal(c.GetProperty("public_key_uncompressed").GetString(), Hex.Encode(key.GetPubKey()));
        Assert.Equal(c.GetProperty("address").GetString(), key.GetPublicAddress());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sign_is_rfc6979_deterministic_low_s_and_matches_ethers(int index)
    {
        var c = Case(index);
        var key = new EthECKey(c.GetProperty("private_key").GetString()!);
        var signature = key.Sign(Hex.Decode(c.GetProperty("hash").GetString()!));
        Assert.Equal(Big(c, "r"), signature.R);
        Assert.Equal(Big(c, "s"), signature.S);
        Assert.Equal(c.GetProperty("v").GetInt32(), signature.V);
        Assert.Equal(c.GetProperty("yParity").GetInt32(), signature.YParity);
        Assert.True(signature.S <= N / 2);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recover_returns_the_signer_for_ethers_signatures(int index)
    {
        var c = Case(index);
        var hash = Hex.Decode(c.GetProperty("hash").GetString()!);
        var signature = EthECDSASignature.FromComponents(Big(c, "r"), Big(c, "s"), c.GetProperty("v").GetInt32());
        var recovered = EthECKey.RecoverFromSignature(signature, hash);
        Assert.Equal(c.GetProperty("public_key_uncompressed").GetString(), Hex.Encode(recovered.GetPubKey()));
        Assert.Equal(c.GetProperty("address").GetString(), recovered.GetPublicAddress());
        Assert.True(recovered.Verify(hash, signature));
    }

    [Fact]
    public void Recover_with_flipped_parity_gives_a_different_address()
    {
        var c = Case(0);
        var hash = Hex.Decode(c.GetProperty("hash").GetString()!);
        var flipped = new EthECDSASignature(Big(c, "r"), Big(c, "s"), 1 - c.GetProperty("yParity").GetInt32());
        Assert.NotEqual(c.GetProperty("address").GetString(), EthECKey.RecoverFromSignature(flipped, hash).GetPublicAddress());
    }

    [Fact]
    public void Signature_refuses_high_s()
    {
        var c = Case(0);
        var e = Assert.Throws<SignatureException>(() => new EthECDSASignature(Big(c, "r"), N - Big(c, "s"), 1));
        Assert.Contains("high-s", e.Message);
    }

    [Theory]
    [InlineData("0", "1", 0, "r is outside")]
    [InlineData("1", "0", 0, "s is outside")]
    [InlineData("N", "1", 0, "r is outside")]
    [InlineData("1", "1", 2, "v must be")]
    [InlineData("1", "1", 29, "v must be")]
    public void Signature_refuses_out_of_range_components(string r, string s, int v, string reason)
    {
        BigInteger Parse(string x) => x == "N" ? N : BigInteger.Parse(x);
        var e = Assert.Throws<SignatureException>(() => EthECDSASignature.FromComponents(Parse(r), Parse(s), v));
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void Recover_refuses_r_that_is_not_an_x_coordinate()
    {
        // x = 5 has no point on y^2 = x^3 + 7 (130 is not a square mod p).
        var signature = new EthECDSASignature(5, 1, 0);
        Assert.Throws<SignatureException>(() => EthECKey.RecoverFromSignature(signature, new byte[32]));
    }

    [Theory]
    [InlineData("0x0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")]
    [InlineData("0x01")]
    public void Private_key_must_be_32_bytes_in_range(string hex)
    {
        Assert.Throws<SignatureException>(() => new EthECKey(hex));
    }

    [Fact]
    public void Signature_bytes_round_trip_as_r_s_v()
    {
        var c = Case(2);
        var key = new EthECKey(c.GetProperty("private_key").GetString()!);
        var signature = key.Sign(Hex.Decode(c.GetProperty("hash").GetString()!));
        var bytes = signature.ToBytes();
        Assert.Equal(28, bytes[64]);
        var parsed = EthECDSASignature.FromBytes(bytes);
        Assert.Equal(signature.R, parsed.R);
        Assert.Equal(signature.S, parsed.S);
        Assert.Equal(signature.YParity, parsed.YParity);
    }
}
