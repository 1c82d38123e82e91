using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.Fields;

namespace Rollup.Prover.Tests.Fields;

public class FpTests
{
    private static readonly BigInteger P = BigInteger.Parse("21888242871839275222246405745257275088696311157297823662689037894645226208583");

    private static BigInteger Mod(BigInteger v)
    {
        v %= P;
        return v.Sign < 0 ? v + P : v;
    }

    // Limb and modulus boundaries first (where carries and the final subtraction go wrong), then random values.
    private static List<BigInteger> Samples()
    {
        var list = new List<BigInteger> { 0, 1, 2, 3, P - 1, P - 2, (P - 1) / 2, (P + 1) / 2,
            (BigInteger.One << 64) - 1, BigInteger.One << 64, (BigInteger.One << 128) - 1, BigInteger.One << 128,
            (BigInteger.One << 192) - 1, BigInteger.One << 192, (BigInteger.One << 253) - 1, BigInteger.One << 253 };
        var rng = new Random(5150);
        var buf = new byte[33];
        for (int i = 0; i < 200; i++)
        {
            rng.NextBytes(buf);
            buf[32] = 0;
            list.Add(new BigInteger(buf) % P);
        }
        return list;
    }

    [Fact]
    public void Modulus_constants_describe_p()
    {
        Assert.Equal(P, Fp.Modulus.ToBigInteger());
        Assert.Equal(BigInteger.One, Fp.One.ToBigInteger());
        Assert.Equal(Mod(BigInteger.One << 256), new UInt256(FpModulus.One0, FpModulus.One1, FpModulus.One2, FpModulus.One3).ToBigInteger());
        Assert.Equal(Mod(BigInteger.One << 512), new UInt256(FpModulus.R2_0, FpModulus.R2_1, FpModulus.R2_2, FpModulus.R2_3).ToBigInteger());
        Assert.Equal(ulong.MaxValue, unchecked(FpModulus.QInvNeg * FpModulus.Q0));
    }

    [Fact]
    public void Arithmetic_agrees_with_BigInteger()
    {
        var xs = Samples();
        for (int i = 0; i < xs.Count; i++)
        {
            var a = xs[i];
            var b = xs[(i * 7 + 3) % xs.Count];
            var fa = Fp.FromBigInteger(a);
            var fb = Fp.FromBigInteger(b);
            Assert.Equal(a, fa.ToBigInteger());
            Assert.Equal(Mod(a + b), (fa + fb).ToBigInteger());
            Assert.Equal(Mod(a - b), (fa - fb).ToBigInteger());
            Assert.Equal(Mod(a * b), (fa * fb).ToBigInteger());
            Assert.Equal(Mod(a * a), Fp.Square(fa).ToBigInteger());
            Assert.Equal(Mod(-a), (-fa).ToBigInteger());
            Assert.Equal(Mod(2 * a), Fp.Double(fa).ToBigInteger());
            if (a != 0)
                Assert.Equal(BigInteger.ModPow(a, P - 2, P), Fp.Inverse(fa).ToBigInteger());
        }
    }

    [Fact]
    public void Variable_time_inverse_equals_the_Fermat_inverse()
    {
        foreach (var v in Samples())
        {
            if (v.IsZero) continue;
            var x = Fp.FromBigInteger(v);
            Assert.Equal(Fp.Inverse(x), Fp.InverseVariableTime(x));
        }
        // Montgomery limbs that are one, two and p − 1 as integers: the loop's shortest and longest runs.
        foreach (var raw in new[] { BigInteger.One, new BigInteger(2), P - 1, P - 2 })
        {
            var limbs = UInt256.FromBigInteger(raw);
            var x = new Fp(limbs.L0, limbs.L1, limbs.L2, limbs.L3);
            Assert.Equal(Fp.One, x * Fp.InverseVariableTime(x));
        }
        Assert.Throws<DivideByZeroException>(() => Fp.InverseVariableTime(Fp.Zero));
    }

    [Fact]
    public void Inverse_of_zero_throws()
    {
        Assert.Throws<DivideByZeroException>(() => Fp.Inverse(Fp.Zero));
    }

    [Fact]
    public void Negative_and_oversized_integers_reduce()
    {
        Assert.Equal(P - 5, Fp.FromInt64(-5).ToBigInteger());
        Assert.Equal(P - 5, Fp.FromBigInteger(-5).ToBigInteger());
        Assert.Equal(BigInteger.One, Fp.FromBigInteger(P + 1).ToBigInteger());
        Assert.Equal(Fp.Zero, Fp.FromBigInteger(P));
    }

    [Fact]
    public void Bytes_round_trip_and_reject_non_canonical_values()
    {
        foreach (var v in Samples())
        {
            var f = Fp.FromBigInteger(v);
            var bytes = f.ToBigEndianBytes();
            Assert.Equal(v, new BigInteger(bytes, isUnsigned: true, isBigEndian: true));
            Assert.True(Fp.TryReadBigEndian(bytes, out var back));
            Assert.Equal(f, back);
        }
        var pBytes = P.ToByteArray(isUnsigned: true, isBigEndian: true);
        Assert.False(Fp.TryReadBigEndian(pBytes, out _));
        var max = Enumerable.Repeat((byte)0xff, 32).ToArray();
        Assert.False(Fp.TryReadBigEndian(max, out _));
        Assert.False(Fp.TryReadBigEndian(new byte[31], out _));
        var pMinus1 = (P - 1).ToByteArray(isUnsigned: true, isBigEndian: true);
        Assert.True(Fp.TryReadBigEndian(pMinus1, out var top));
        Assert.Equal(P - 1, top.ToBigInteger());
    }

    [Fact]
    public void Decimal_parse_is_strict()
    {
        Assert.Equal(P - 1, Fp.Parse((P - 1).ToString()).ToBigInteger());
        Assert.Equal("12345", Fp.Parse("12345").ToString());
        Assert.False(Fp.TryParse(P.ToString(), out _));
        Assert.False(Fp.TryParse("-1", out _));
        Assert.False(Fp.TryParse("0x10", out _));
        Assert.False(Fp.TryParse("", out _));
        Assert.False(Fp.TryParse(null, out _));
    }

    [Fact]
    public void Square_roots_exist_exactly_for_squares()
    {
        foreach (var v in Samples())
        {
            var a = Fp.FromBigInteger(v);
            var sq = Fp.Square(a);
            Assert.True(Fp.TrySqrt(sq, out var r));
            Assert.Equal(sq, Fp.Square(r));
            // -1 is a non-square because p = 3 mod 4, so -a^2 has no root unless a = 0.
            Assert.Equal(!a.IsZero, !Fp.TrySqrt(-sq, out _));
            int expected = v.IsZero ? 0 : BigInteger.ModPow(v, (P - 1) / 2, P).IsOne ? 1 : -1;
            Assert.Equal(expected, Fp.Legendre(a));
        }
    }
}
