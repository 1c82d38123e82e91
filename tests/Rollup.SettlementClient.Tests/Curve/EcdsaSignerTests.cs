using System.Numerics;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Signers;
using Rollup.SettlementClient.Signing;
using Rollup.SettlementClient.Signing.Curve;
using static Rollup.SettlementClient.Tests.Curve.LimbConversions;

namespace Rollup.SettlementClient.Tests.Curve;

public class EcdsaSignerTests
{
    [Fact]
    public void Sign_equals_the_bouncy_castle_reference_for_random_keys_and_hashes_both_s_halves()
    {
        var random = new Random(31);
        int flips = 0, kept = 0;
        for (int i = 0; i < 200; i++)
        {
            var d = Random256(random) % N;
            if (d.IsZero) continue;
            var privateKey = ToBytes32(d);
            var hash = new byte[32];
            random.NextBytes(hash);
            // Hashes at and above n are reduced by the nonce derivation and by e.
            if (i % 50 == 0) hash = ToBytes32(N + i);
            if (i % 50 == 1) hash.AsSpan().Fill(0xFF);

            var expected = BouncyCastleReferenceSigner.Sign(privateKey, hash);
            var signature = new EthECKey(privateKey).Sign(hash);
            Assert.Equal(expected.R, signature.R);
            Assert.Equal(expected.S, signature.S);
            Assert.Equal(expected.YParity, signature.YParity);
            if (expected.Flipped) flips++;
            else kept++;
        }
        Assert.True(flips > 20 && kept > 20, $"low-s flips {flips}, kept {kept}");
    }

    [Fact]
    public void Sign_works_at_the_extreme_private_keys()
    {
        var hash = System.Security.Cryptography.SHA256.HashData("extreme keys"u8);
        foreach (var d in new[] { BigInteger.One, N - 1, BigInteger.Pow(2, 255), new BigInteger(ulong.MaxValue) })
        {
            var expected = BouncyCastleReferenceSigner.Sign(ToBytes32(d), hash);
            var signature = new EthECKey(ToBytes32(d)).Sign(hash);
            Assert.Equal((expected.R, expected.S, expected.YParity), (signature.R, signature.S, signature.YParity));
        }
    }

    [Fact]
    public void Rfc6979_nonces_follow_bouncy_castle_including_the_draws_after_a_rejected_nonce()
    {
        var random = new Random(41);
        Span<byte> k = stackalloc byte[32];
        Span<byte> v = stackalloc byte[32];
        for (int i = 0; i < 20; i++)
        {
            var d = Random256(random) % N;
            var hash = new byte[32];
            random.NextBytes(hash);
            var calculator = new HMacDsaKCalculator(new Sha256Digest());
            calculator.Init(Secp256k1.N, Secp256k1.ToBc(d), hash);

            Rfc6979Nonce.Initialize(ToBytes32(d), ToBytes32(new BigInteger(hash, isUnsigned: true, isBigEndian: true) % N), k, v);
            for (int draw = 0; draw < 3; draw++)
                Assert.Equal(Secp256k1.FromBc(calculator.NextK()), Rfc6979Nonce.Next(k, v).ToBig());
        }
    }

    [Fact]
    public void Key_refuses_private_keys_outside_one_to_n_minus_one()
    {
        Assert.Throws<SignatureException>(() => new EthECKey(ToBytes32(BigInteger.Zero)));
        Assert.Throws<SignatureException>(() => new EthECKey(ToBytes32(N)));
        Assert.Throws<SignatureException>(() => new EthECKey(new byte[31]));
        Assert.Equal(ToBytes32(N - 1), new EthECKey(ToBytes32(N - 1)).GetPrivateKey());
    }

    [Fact]
    public void Public_key_from_the_table_equals_bouncy_castle_derivation()
    {
        var random = new Random(53);
        for (int i = 0; i < 16; i++)
        {
            var d = Random256(random) % N;
            var expected = Secp256k1.Domain.G.Multiply(Secp256k1.ToBc(d)).Normalize().GetEncoded(false);
            Assert.Equal(expected, new EthECKey(ToBytes32(d)).GetPubKey());
        }
    }
}
