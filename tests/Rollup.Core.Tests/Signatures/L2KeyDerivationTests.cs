using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Rollup.Core.Signatures;

namespace Rollup.Core.Tests.Signatures;

public class L2KeyDerivationTests
{
    private static readonly BigInteger N = BigInteger.Parse("0FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", System.Globalization.NumberStyles.HexNumber);

    // Real RFC 6979 signatures from secp256k1.json (ethers), used here only as realistic 65-byte inputs.
    private const string R1 = "163989b5c6a391af6fbd6019479c662ff4607f6a660c48ff08a3db385ff07149";
    private const string S1 = "38457011b090c73ccfe6a3509c49fbff0aa8ed504f3b672df74ca1d7c57d6f7f";
    private const string R2 = "ddea0a62b01ee994223c7043343682437fe0934693aa96cd33abc788807b9338";
    private const string S2 = "4aac8168e9ed08ea5f029a3ab61fdb6210564d30eac2107d7db44c523d4b8f49";

    private static byte[] Be32(BigInteger v)
    {
        var b = new byte[32];
        int n = v.GetByteCount(isUnsigned: true);
        v.TryWriteBytes(b.AsSpan(32 - n), out _, isUnsigned: true, isBigEndian: true);
        return b;
    }

    private static BigInteger Hex(string h) => new(Convert.FromHexString(h), isUnsigned: true, isBigEndian: true);

    private static byte[] Sig(BigInteger r, BigInteger s, byte v) => [.. Be32(r), .. Be32(s), v];

    [Fact]
    public void Key_is_sha256_of_domain_r_and_low_s()
    {
        var expected = SHA256.HashData([.. Encoding.UTF8.GetBytes("options-rollup/l2-key/v1"), .. Be32(Hex(R1)), .. Be32(Hex(S1))]);
        Assert.Equal(expected, L2KeyDerivation.FromEthereumSignature(Sig(Hex(R1), Hex(S1), 27)).ToArray());
    }

    [Fact]
    public void Derivation_is_deterministic()
    {
        var sig = Sig(Hex(R1), Hex(S1), 27);
        Assert.Equal(L2KeyDerivation.FromEthereumSignature(sig), L2KeyDerivation.FromEthereumSignature(sig));
        Assert.Equal(L2KeyDerivation.FromEthereumSignature(sig).GetPublicKey(), L2KeyDerivation.FromEthereumSignature(sig).GetPublicKey());
    }

    [Fact]
    public void Different_signatures_give_different_keys()
    {
        var a = L2KeyDerivation.FromEthereumSignature(Sig(Hex(R1), Hex(S1), 27));
        var b = L2KeyDerivation.FromEthereumSignature(Sig(Hex(R2), Hex(S2), 27));
        var c = L2KeyDerivation.FromEthereumSignature(Sig(Hex(R1), Hex(S2), 27));
        Assert.NotEqual(a, b);
        Assert.NotEqual(a, c);
        Assert.NotEqual(b, c);
    }

    [Fact]
    public void High_s_and_low_s_halves_map_to_the_same_key()
    {
        var low = Sig(Hex(R1), Hex(S1), 27);
        var high = Sig(Hex(R1), N - Hex(S1), 28);
        Assert.Equal(L2KeyDerivation.FromEthereumSignature(low), L2KeyDerivation.FromEthereumSignature(high));
    }

    [Fact]
    public void Boundary_s_values_fold_correctly()
    {
        var half = (N - 1) / 2;
        Assert.Equal(L2KeyDerivation.FromEthereumSignature(Sig(Hex(R1), half, 27)), L2KeyDerivation.FromEthereumSignature(Sig(Hex(R1), half + 1, 27)));
        Assert.Equal(L2KeyDerivation.FromEthereumSignature(Sig(Hex(R1), 1, 27)), L2KeyDerivation.FromEthereumSignature(Sig(Hex(R1), N - 1, 27)));
    }

    [Theory]
    [InlineData((byte)0)]
    [InlineData((byte)1)]
    [InlineData((byte)28)]
    [InlineData((byte)0xFF)]
    public void Recovery_byte_is_ignored(byte v)
    {
        Assert.Equal(L2KeyDerivation.FromEthereumSignature(Sig(Hex(R1), Hex(S1), 27)), L2KeyDerivation.FromEthereumSignature(Sig(Hex(R1), Hex(S1), v)));
    }

    public static TheoryData<byte[]> Malformed() => new()
    {
        new byte[64],
        new byte[66],
        Array.Empty<byte>(),
        Sig(0, Hex(S1), 27),
        Sig(Hex(R1), 0, 27),
        Sig(N, Hex(S1), 27),
        Sig(Hex(R1), N, 27),
        Sig((BigInteger.One << 256) - 1, Hex(S1), 27),
        Sig(Hex(R1), (BigInteger.One << 256) - 1, 27),
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_signatures_are_refused(byte[] signature)
    {
        var e = Assert.Throws<ArgumentException>(() => L2KeyDerivation.FromEthereumSignature(signature));
        Assert.Contains("signature", e.Message);
        Assert.False(L2KeyDerivation.TryFromEthereumSignature(signature, out _));
    }

    [Fact]
    public void Message_is_multi_line_and_states_what_signing_does()
    {
        var m = L2KeyDerivation.Message;
        Assert.Contains('\n', m);
        Assert.DoesNotContain('\r', m);
        Assert.Contains("L2 account", m);
        Assert.Contains("no gas", m);
        Assert.Contains("Key version: 1", m);
        Assert.All(m, c => Assert.True(c < 128));
    }

    [Fact]
    public void Derived_keys_sign_and_verify()
    {
        var key = L2KeyDerivation.FromEthereumSignature(Sig(Hex(R2), Hex(S2), 28));
        var sig = key.Sign(Rollup.Core.Fields.Fr.FromUInt64(9));
        Assert.True(key.GetPublicKey().Verify(Rollup.Core.Fields.Fr.FromUInt64(9), sig));
    }
}
