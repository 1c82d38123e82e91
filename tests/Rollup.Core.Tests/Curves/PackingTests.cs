using System.Numerics;
using Rollup.Core.Curves;
using Rollup.Core.Fields;

namespace Rollup.Core.Tests.Curves;

public class PackingTests
{
    private static readonly BigInteger P = AffineOracle.P;

    private static byte[] LittleEndian(BigInteger v)
    {
        var b = new byte[32];
        v.TryWriteBytes(b, out _, isUnsigned: true, isBigEndian: false);
        return b;
    }

    [Fact]
    public void Random_points_and_their_negations_round_trip()
    {
        var rng = new Random(7);
        for (int i = 0; i < 50; i++)
        {
            var p = AffineOracle.ToPoint(AffineOracle.RandomSubgroupPoint(rng));
            foreach (var q in new[] { p, -p })
            {
                var packed = q.Pack();
                Assert.Equal(32, packed.Length);
                Assert.True(JubjubPoint.TryUnpack(packed, out var back));
                Assert.Equal(q, back);
            }
        }
    }

    [Fact]
    public void Sign_bit_is_set_exactly_when_x_exceeds_half_the_modulus()
    {
        var rng = new Random(8);
        for (int i = 0; i < 30; i++)
        {
            var p = AffineOracle.ToPoint(AffineOracle.RandomSubgroupPoint(rng));
            bool negative = p.X.ToBigInteger() > (P - 1) / 2;
            Assert.Equal(negative, (p.Pack()[31] & 0x80) != 0);
            Assert.Equal(LittleEndian(p.Y.ToBigInteger())[..31], p.Pack()[..31]);
        }
    }

    [Fact]
    public void Points_outside_the_subgroup_round_trip()
    {
        var g = BabyJubjub.Generator;
        Assert.True(JubjubPoint.TryUnpack(g.Pack(), out var back));
        Assert.Equal(g, back);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(33)]
    [InlineData(64)]
    public void Wrong_lengths_are_rejected(int length)
    {
        Assert.False(JubjubPoint.TryUnpack(new byte[length], out _));
    }

    [Fact]
    public void Non_canonical_y_is_rejected()
    {
        Assert.False(JubjubPoint.TryUnpack(LittleEndian(P), out _));
        Assert.False(JubjubPoint.TryUnpack(LittleEndian(P + 1), out _));
        Assert.False(JubjubPoint.TryUnpack(LittleEndian((BigInteger.One << 255) - 1), out _));

        // y + r still fits below the sign bit; reducing it would silently alias Base8's encoding.
        var aliased = LittleEndian(P + BabyJubjub.Base8.Y.ToBigInteger());
        Assert.True(JubjubPoint.TryUnpack(BabyJubjub.Base8.Pack(), out _));
        Assert.False(JubjubPoint.TryUnpack(aliased, out _));
    }

    [Fact]
    public void Y_without_a_curve_point_is_rejected()
    {
        // Search small y for one where (1 - y^2)/(a - d y^2) is not a square.
        int rejected = 0;
        for (int y = 2; y < 40; y++)
        {
            var y2 = (BigInteger)y * y;
            var x2 = AffineOracle.Mod((1 - y2) * AffineOracle.Inv(AffineOracle.A - AffineOracle.D * y2));
            bool square = BigInteger.ModPow(x2, (P - 1) / 2, P) == 1;
            Assert.Equal(square, JubjubPoint.TryUnpack(LittleEndian(y), out var p));
            if (square) Assert.True(p.IsOnCurve);
            else rejected++;
        }
        Assert.True(rejected > 0);
    }

    [Fact]
    public void Points_with_zero_x_have_no_accepted_encoding_as_in_circomlib()
    {
        var identity = JubjubPoint.Identity.Pack();
        Assert.Equal(LittleEndian(1), identity);
        Assert.False(JubjubPoint.TryUnpack(identity, out _));
        var withSign = (byte[])identity.Clone();
        withSign[31] |= 0x80;
        Assert.False(JubjubPoint.TryUnpack(withSign, out _));
        Assert.False(JubjubPoint.TryUnpack(new JubjubPoint(Fr.Zero, -Fr.One).Pack(), out _));
    }

    [Fact]
    public void Unpack_never_throws_on_random_bytes_and_accepted_points_repack_identically()
    {
        var rng = new Random(9);
        var buf = new byte[32];
        for (int i = 0; i < 300; i++)
        {
            rng.NextBytes(buf);
            if (i % 2 == 0) buf[31] &= 0xBF;
            if (JubjubPoint.TryUnpack(buf, out var p))
            {
                Assert.True(p.IsOnCurve);
                Assert.Equal(buf, p.Pack());
            }
        }
    }

    [Fact]
    public void Unpack_throws_only_through_the_explicit_variant()
    {
        Assert.Throws<FormatException>(() => JubjubPoint.Unpack(new byte[3]));
        Assert.Equal(BabyJubjub.Base8, JubjubPoint.Unpack(BabyJubjub.Base8.Pack()));
    }
}
