using System.Numerics;
using System.Security.Cryptography;
using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Core.Hashing;
using Rollup.Core.Signatures;
using Rollup.Core.Tests.Curves;

namespace Rollup.Core.Tests.Signatures;

public class EddsaPoseidonTests
{
    private static readonly BigInteger L = AffineOracle.L;

    private static PrivateKey Key(int seed)
    {
        var bytes = new byte[32];
        new Random(seed).NextBytes(bytes);
        return new PrivateKey(bytes);
    }

    private static Fr Msg(ulong v) => Fr.FromUInt64(v);

    private static readonly Fr[] Messages =
    [
        Fr.Zero, Fr.One, Fr.FromUInt64(123456789), Fr.Negate(Fr.One),
        Fr.Parse("19129966951784047432625384510827627550999131552795770633806643942832476951396"),
    ];

    [Fact]
    public void Signatures_verify_under_the_signing_key()
    {
        for (int k = 0; k < 4; k++)
        {
            var key = Key(k);
            var pub = key.GetPublicKey();
            foreach (var m in Messages)
            {
                var sig = key.Sign(m);
                Assert.True(EddsaPoseidon.Verify(m, sig, pub));
                Assert.True(pub.Verify(m, sig));
            }
        }
    }

    [Fact]
    public void Key_expansion_and_signing_follow_the_documented_sha512_recipe()
    {
        // Recomputed here with BigInteger and the affine oracle, independently of the library's scalar code.
        var raw = new byte[32];
        new Random(42).NextBytes(raw);
        var key = new PrivateKey(raw);
        var message = Fr.Parse("5836901015789043998124592610216224455437411536198127377398993226496672405039");

        var h = SHA512.HashData(raw);
        var pruned = h[..32].ToArray();
        pruned[0] &= 0xF8;
        pruned[31] &= 0x7F;
        pruned[31] |= 0x40;
        var s = new BigInteger(pruned, isUnsigned: true, isBigEndian: false);
        var a = AffineOracle.Multiply(AffineOracle.Of(BabyJubjub.Base8), s >> 3);
        Assert.Equal(AffineOracle.ToPoint(a), key.GetPublicKey().Point);

        var msgBytes = new byte[32];
        message.ToUInt256().WriteLittleEndian(msgBytes);
        var r = new BigInteger(SHA512.HashData([.. h[32..], .. msgBytes]), isUnsigned: true, isBigEndian: false) % L;
        var r8 = AffineOracle.Multiply(AffineOracle.Of(BabyJubjub.Base8), r);
        var hm = Poseidon.Hash([Fr.FromBigInteger(r8.X), Fr.FromBigInteger(r8.Y), Fr.FromBigInteger(a.X), Fr.FromBigInteger(a.Y), message]).ToBigInteger();

        var sig = key.Sign(message);
        Assert.Equal(AffineOracle.ToPoint(r8), sig.R8);
        Assert.Equal((r + hm * s) % L, sig.S.ToBigInteger());
    }

    [Fact]
    public void Signing_is_deterministic_and_message_dependent()
    {
        var key = Key(7);
        Assert.Equal(key.Sign(Msg(5)), key.Sign(Msg(5)));
        Assert.NotEqual(key.Sign(Msg(5)).R8, key.Sign(Msg(6)).R8);
        Assert.Equal(key.GetPublicKey(), Key(7).GetPublicKey());
        Assert.NotEqual(key.GetPublicKey(), Key(8).GetPublicKey());
    }

    [Fact]
    public void Derived_public_keys_are_in_the_prime_subgroup()
    {
        for (int k = 0; k < 5; k++)
        {
            var pub = Key(100 + k).GetPublicKey();
            Assert.True(pub.Point.IsInPrimeSubgroup);
            Assert.True(pub.IsUsable);
        }
    }

    [Fact]
    public void Tampered_message_is_rejected()
    {
        var key = Key(1);
        var sig = key.Sign(Msg(10));
        Assert.False(EddsaPoseidon.Verify(Msg(11), sig, key.GetPublicKey()));
    }

    [Fact]
    public void Tampered_R8_is_rejected()
    {
        var key = Key(2);
        var sig = key.Sign(Msg(10));
        var moved = new Signature(sig.R8 + BabyJubjub.Base8, sig.S);
        var offCurve = new Signature(new JubjubPoint(sig.R8.X, sig.R8.Y + Fr.One), sig.S);
        var negated = new Signature(-sig.R8, sig.S);
        Assert.False(EddsaPoseidon.Verify(Msg(10), moved, key.GetPublicKey()));
        Assert.False(EddsaPoseidon.Verify(Msg(10), offCurve, key.GetPublicKey()));
        Assert.False(EddsaPoseidon.Verify(Msg(10), negated, key.GetPublicKey()));
    }

    [Fact]
    public void Tampered_S_is_rejected()
    {
        var key = Key(3);
        var sig = key.Sign(Msg(10));
        var s = sig.S.ToBigInteger();
        Assert.False(EddsaPoseidon.Verify(Msg(10), new Signature(sig.R8, UInt256.FromBigInteger((s + 1) % L)), key.GetPublicKey()));
        Assert.False(EddsaPoseidon.Verify(Msg(10), new Signature(sig.R8, UInt256.Zero), key.GetPublicKey()));
    }

    [Fact]
    public void S_plus_l_is_rejected_although_it_names_the_same_point()
    {
        var key = Key(4);
        var sig = key.Sign(Msg(10));
        var malleated = UInt256.FromBigInteger(sig.S.ToBigInteger() + L);
        Assert.Equal(BabyJubjub.MultiplyBase8(sig.S), JubjubPoint.Multiply(BabyJubjub.Base8, malleated));
        Assert.False(EddsaPoseidon.Verify(Msg(10), new Signature(sig.R8, malleated), key.GetPublicKey()));
    }

    [Fact]
    public void S_equal_to_l_is_rejected()
    {
        // R8 = identity would satisfy l·Base8 = R8 + hm·8A only for a vanishing hm term, but the range check comes first.
        var key = Key(5);
        var sig = key.Sign(Msg(10));
        Assert.False(EddsaPoseidon.Verify(Msg(10), new Signature(sig.R8, BabyJubjub.SubOrder), key.GetPublicKey()));
        Assert.False(EddsaPoseidon.Verify(Msg(10), new Signature(JubjubPoint.Identity, BabyJubjub.SubOrder), key.GetPublicKey()));
    }

    [Fact]
    public void Valid_signature_with_torsion_added_to_R8_is_rejected()
    {
        var order8 = JubjubPoint.Multiply(BabyJubjub.Generator, BabyJubjub.SubOrder);
        var torsion = new[] { order8, JubjubPoint.Double(order8), JubjubPoint.Multiply(order8, new UInt256(4)) };
        var key = Key(12);
        for (ulong m = 0; m < 5; m++)
        {
            var sig = key.Sign(Msg(m));
            Assert.True(EddsaPoseidon.Verify(Msg(m), sig, key.GetPublicKey()));
            foreach (var t in torsion)
                Assert.False(EddsaPoseidon.Verify(Msg(m), new Signature(sig.R8 + t, sig.S), key.GetPublicKey()));
        }
    }

    [Fact]
    public void Honestly_computed_signature_over_a_nonce_point_with_torsion_is_rejected()
    {
        // R8 = r·Base8 + T is hashed as sent and S computed for it, so S·Base8 = R8 − T + hm·8A:
        // the equation fails by exactly T. A verifier that scaled the equation by an even factor
        // would lose T and accept; ChallengeSplit keeps the factor odd. Many messages exercise both
        // parities of Euclid's natural cofactor.
        var rng = new Random(13);
        var order8 = JubjubPoint.Multiply(BabyJubjub.Generator, BabyJubjub.SubOrder);
        var torsion = new[] { JubjubPoint.Identity, order8, JubjubPoint.Double(order8), JubjubPoint.Multiply(order8, new UInt256(4)) };
        var a = AffineOracle.RandomBelow(rng, L);
        var pub = new PublicKey(BabyJubjub.MultiplyBase8(UInt256.FromBigInteger(a)));
        for (ulong m = 0; m < 60; m++)
        {
            var r = AffineOracle.RandomBelow(rng, L);
            foreach (var t in torsion)
            {
                var r8 = BabyJubjub.MultiplyBase8(UInt256.FromBigInteger(r)) + t;
                var hm = Poseidon.Hash([r8.X, r8.Y, pub.Point.X, pub.Point.Y, Msg(m)]).ToBigInteger();
                var sig = new Signature(r8, UInt256.FromBigInteger((r + hm * 8 * a) % L));
                Assert.Equal(t.IsIdentity, EddsaPoseidon.Verify(Msg(m), sig, pub));
            }
        }
    }

    [Fact]
    public void Signature_under_another_key_is_rejected()
    {
        var sig = Key(6).Sign(Msg(10));
        Assert.False(EddsaPoseidon.Verify(Msg(10), sig, Key(7).GetPublicKey()));
        var offCurveKey = new PublicKey(new JubjubPoint(Key(6).GetPublicKey().Point.X, Fr.One + Fr.One));
        Assert.False(EddsaPoseidon.Verify(Msg(10), sig, offCurveKey));
        Assert.False(offCurveKey.IsUsable);
    }

    [Fact]
    public void Small_order_keys_are_rejected_even_though_the_bare_equation_holds()
    {
        // Every point of order dividing 8: identity, (0, -1), and the multiples of an order-8 point l·G.
        var order8 = JubjubPoint.Multiply(BabyJubjub.Generator, BabyJubjub.SubOrder);
        var s = UInt256.FromBigInteger(L / 3);
        var r8 = BabyJubjub.MultiplyBase8(s);
        var point = JubjubPoint.Identity;
        for (int i = 0; i < 8; i++)
        {
            var key = new PublicKey(point);
            Assert.True(point.IsOnCurve);
            Assert.False(key.IsUsable);
            // With 8·A = identity, S·Base8 = R8 holds for every message: a forgery circomlibjs would accept.
            Assert.Equal(JubjubPoint.Identity, JubjubPoint.MultiplyByCofactor(point));
            Assert.False(EddsaPoseidon.Verify(Msg((ulong)i), new Signature(r8, s), key));
            point += order8;
        }
    }

    [Fact]
    public void Key_with_a_torsion_component_is_still_checked_against_its_own_hash()
    {
        var key = Key(9);
        var sig = key.Sign(Msg(10));
        var order8 = JubjubPoint.Multiply(BabyJubjub.Generator, BabyJubjub.SubOrder);
        var shifted = new PublicKey(key.GetPublicKey().Point + order8);
        Assert.True(shifted.IsUsable);
        Assert.False(EddsaPoseidon.Verify(Msg(10), sig, shifted));
    }

    [Fact]
    public void Signatures_and_keys_pack_and_unpack()
    {
        var key = Key(10);
        var sig = key.Sign(Msg(77));
        Assert.True(Signature.TryUnpack(sig.Pack(), out var back));
        Assert.Equal(sig, back);
        Assert.True(PublicKey.TryUnpack(key.GetPublicKey().Pack(), out var pub));
        Assert.Equal(key.GetPublicKey(), pub);
        Assert.True(EddsaPoseidon.Verify(Msg(77), back, pub));
    }

    [Fact]
    public void Signature_unpack_rejects_bad_lengths_bad_points_and_S_at_or_above_l()
    {
        var sig = Key(11).Sign(Msg(1));
        var packed = sig.Pack();
        Assert.False(Signature.TryUnpack(packed[..63], out _));
        Assert.False(Signature.TryUnpack([.. packed, 0], out _));

        var highS = (byte[])packed.Clone();
        BabyJubjub.SubOrder.WriteLittleEndian(highS.AsSpan(32));
        Assert.False(Signature.TryUnpack(highS, out _));

        var badPoint = (byte[])packed.Clone();
        badPoint.AsSpan(0, 32).Fill(0xFF);
        Assert.False(Signature.TryUnpack(badPoint, out _));
    }

    [Fact]
    public void Private_keys_round_trip_their_bytes_and_never_print_them()
    {
        var raw = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        var key = new PrivateKey(raw);
        Assert.Equal(raw, key.ToArray());
        Assert.Equal(new PrivateKey(raw), key);
        Assert.NotEqual(Key(1), key);
        Assert.DoesNotContain("1", key.ToString());
        Assert.Throws<ArgumentException>(() => new PrivateKey(new byte[31]));
    }
}
