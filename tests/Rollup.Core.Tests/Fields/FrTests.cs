using System.Numerics;
using Rollup.Core.Fields;

namespace Rollup.Core.Tests.Fields;

public class FrTests
{
    private static readonly BigInteger R = BigInteger.Parse("21888242871839275222246405745257275088548364400416034343698204186575808495617");

    // Values at limb and modulus boundaries, where carries and the final subtraction misbehave first.
    public static IEnumerable<BigInteger> Boundaries()
    {
        yield return 0;
        yield return 1;
        yield return 2;
        yield return R - 1;
        yield return R - 2;
        yield return (R - 1) / 2;
        yield return (R + 1) / 2;
        for (int k = 1; k < 4; k++)
        {
            var p = BigInteger.One << (64 * k);
            yield return p - 1;
            yield return p;
            yield return p + 1;
        }
        yield return (BigInteger.One << 253) - 1;
        yield return BigInteger.One << 253;
        yield return R - (BigInteger.One << 64);
        yield return new BigInteger(ulong.MaxValue) * ulong.MaxValue % R;
    }

    public static IEnumerable<BigInteger> Samples()
    {
        foreach (var b in Boundaries()) yield return b;
        var rng = new Random(20261124);
        var buf = new byte[33];
        for (int i = 0; i < 200; i++)
        {
            rng.NextBytes(buf);
            buf[32] = 0;
            yield return new BigInteger(buf) % R;
        }
    }

    private static Fr F(BigInteger v) => Fr.FromBigInteger(v);

    [Fact]
    public void Arithmetic_matches_BigInteger_on_boundaries_and_random_values()
    {
        var xs = Samples().ToArray();
        var ys = xs.Reverse().ToArray();
        for (int i = 0; i < xs.Length; i++)
        {
            BigInteger a = xs[i], b = ys[i];
            Assert.Equal((a + b) % R, (F(a) + F(b)).ToBigInteger());
            Assert.Equal(((a - b) % R + R) % R, (F(a) - F(b)).ToBigInteger());
            Assert.Equal(a * b % R, (F(a) * F(b)).ToBigInteger());
            Assert.Equal(a * a % R, Fr.Square(F(a)).ToBigInteger());
            Assert.Equal((R - a) % R, (-F(a)).ToBigInteger());
            Assert.Equal(BigInteger.ModPow(a, 5, R), Fr.Pow5(F(a)).ToBigInteger());
            Assert.Equal(2 * a % R, Fr.Double(F(a)).ToBigInteger());
        }
    }

    [Fact]
    public void Every_boundary_pair_multiplies_correctly()
    {
        var bs = Boundaries().ToArray();
        foreach (var a in bs)
            foreach (var b in bs)
            {
                Assert.Equal(a * b % R, (F(a) * F(b)).ToBigInteger());
                Assert.Equal((a + b) % R, (F(a) + F(b)).ToBigInteger());
                Assert.Equal(((a - b) % R + R) % R, (F(a) - F(b)).ToBigInteger());
            }
    }

    [Fact]
    public void Inverse_matches_modular_inverse_and_zero_throws()
    {
        foreach (var a in Samples().Where(v => !v.IsZero))
        {
            var inv = Fr.Inverse(F(a));
            Assert.Equal(BigInteger.ModPow(a, R - 2, R), inv.ToBigInteger());
            Assert.True((inv * F(a)).IsOne);
        }
        Assert.Throws<DivideByZeroException>(() => Fr.Inverse(Fr.Zero));
    }

    [Fact]
    public void Batch_inverse_matches_single_inverses_and_keeps_zeros()
    {
        var xs = Samples().Take(100).Select(F).ToArray();
        var batch = xs.ToArray();
        Fr.BatchInverse(batch);
        for (int i = 0; i < xs.Length; i++)
            Assert.Equal(xs[i].IsZero ? Fr.Zero : Fr.Inverse(xs[i]), batch[i]);
    }

    [Fact]
    public void Pow_matches_ModPow_for_large_exponents()
    {
        var rng = new Random(7);
        foreach (var a in Samples().Take(40))
        {
            var e = new BigInteger(rng.NextInt64()) * rng.NextInt64() * rng.NextInt64();
            e = BigInteger.Abs(e);
            Assert.Equal(BigInteger.ModPow(a, e, R), Fr.Pow(F(a), UInt256.FromBigInteger(e)).ToBigInteger());
        }
    }

    [Fact]
    public void Sqrt_returns_a_root_of_squares_and_refuses_non_squares()
    {
        int nonSquares = 0;
        foreach (var a in Samples())
        {
            var sq = Fr.Square(F(a));
            Assert.True(Fr.TrySqrt(sq, out var root));
            Assert.Equal(sq, Fr.Square(root));
            var legendre = BigInteger.ModPow(a, (R - 1) / 2, R);
            if (legendre == R - 1)
            {
                nonSquares++;
                Assert.False(Fr.TrySqrt(F(a), out _));
                Assert.Equal(-1, Fr.Legendre(F(a)));
            }
        }
        Assert.True(nonSquares > 10);
    }

    [Fact]
    public void Root_of_unity_matches_snarkjs_constant_and_has_order_two_to_the_28()
    {
        Assert.Equal("19103219067921713944291392827692070036145651957329286315305642004821462161904", Fr.RootOfUnity2Pow28.ToString());
        var w = Fr.RootOfUnity2Pow28;
        for (int i = 0; i < 27; i++) w = Fr.Square(w);
        Assert.Equal(R - 1, w.ToBigInteger());
        Assert.True(Fr.Square(w).IsOne);
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("21888242871839275222246405745257275088548364400416034343698204186575808495616", true)]
    [InlineData("21888242871839275222246405745257275088548364400416034343698204186575808495617", false)]
    [InlineData("-1", false)]
    [InlineData("12a", false)]
    [InlineData("", false)]
    [InlineData("0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000000", true)]
    [InlineData("0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001", false)]
    [InlineData("0x", false)]
    public void Parse_accepts_only_canonical_values(string text, bool ok)
    {
        Assert.Equal(ok, Fr.TryParse(text, out var f));
        if (ok && !text.StartsWith("0x")) Assert.Equal(text, f.ToString());
    }

    [Fact]
    public void Bytes_round_trip_and_reduction_is_modular()
    {
        var buf = new byte[32];
        foreach (var a in Samples())
        {
            F(a).WriteBigEndian(buf);
            Assert.True(Fr.TryReadBigEndian(buf, out var back));
            Assert.Equal(a, back.ToBigInteger());
        }
        Array.Fill(buf, (byte)0xff);
        Assert.False(Fr.TryReadBigEndian(buf, out _));
        Assert.Equal(((BigInteger.One << 256) - 1) % R, Fr.FromBytesReduced(buf).ToBigInteger());
    }

    [Fact]
    public void FromInt64_maps_negatives_to_field_negatives()
    {
        Assert.Equal(R - 1, Fr.FromInt64(-1).ToBigInteger());
        Assert.Equal(R - long.MaxValue - 1, Fr.FromInt64(long.MinValue).ToBigInteger());
        Assert.Equal(long.MaxValue, (long)Fr.FromInt64(long.MaxValue).ToBigInteger());
    }

    [Fact]
    public void Ordering_is_on_canonical_values_not_montgomery_limbs()
    {
        var small = Fr.FromUInt64(3);
        var big = F(R - 1);
        Assert.True(small.CompareTo(big) < 0);
        Assert.True(big.CompareTo(small) > 0);
        Assert.Equal(0, small.CompareTo(Fr.FromUInt64(3)));
    }
}
