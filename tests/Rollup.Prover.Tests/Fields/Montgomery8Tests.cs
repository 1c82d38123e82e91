using Rollup.Core.Fields.Lanes;
using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.Fields;
using Rollup.Prover.Fields.Lanes;

namespace Rollup.Prover.Tests.Fields;

/// <summary>
/// The eight-lane kernels against BigInteger on raw Montgomery limbs (a·b·2^-256 mod q, a ± b mod q),
/// for both moduli, at 32- and 64-bit limb boundaries, near q, and on random values.
/// </summary>
public class Montgomery8Tests
{
    private static readonly BigInteger P = new UInt256(FpModulus.Q0, FpModulus.Q1, FpModulus.Q2, FpModulus.Q3).ToBigInteger();
    private static readonly BigInteger R = new UInt256(FrModulus.Q0, FrModulus.Q1, FrModulus.Q2, FrModulus.Q3).ToBigInteger();

    private static List<BigInteger> Samples(BigInteger q, int seed)
    {
        var list = new List<BigInteger> { 0, 1, 2, q - 1, q - 2, (q - 1) / 2, (q + 1) / 2 };
        // Every 32-bit word boundary, where a lane's carry or borrow moves to the next word.
        for (int bits = 32; bits < 254; bits += 32)
        {
            list.Add((BigInteger.One << bits) - 1);
            list.Add(BigInteger.One << bits);
            list.Add(q - (BigInteger.One << bits));
        }
        list.Add((BigInteger.One << 253) - 1);
        // All-ones words below q, and q minus small values.
        list.Add(q - ((BigInteger.One << 32) + 1));
        list.Add(((BigInteger.One << 224) - 1) % q);
        var rng = new Random(seed);
        var buf = new byte[33];
        while (list.Count < 120)
        {
            rng.NextBytes(buf);
            buf[32] = 0;
            list.Add(new BigInteger(buf) % q);
        }
        return list;
    }

    private static UInt256 Limbs(BigInteger v) => UInt256.FromBigInteger(v);

    private static BigInteger Value(in UInt256 v) => v.ToBigInteger();

    private delegate void LaneOp(in Lanes8 a, in Lanes8 b, out Lanes8 r);

    private static void Check(BigInteger q, LaneOp op, Func<BigInteger, BigInteger, BigInteger> oracle, int seed)
    {
        var xs = Samples(q, seed);
        var ys = Samples(q, seed + 1);
        ys.Reverse();
        var a = new UInt256[8];
        var b = new UInt256[8];
        var r = new UInt256[8];
        for (int start = 0; start + 8 <= xs.Count; start += 8)
        {
            for (int k = 0; k < 8; k++)
            {
                a[k] = Limbs(xs[start + k]);
                b[k] = Limbs(ys[start + k]);
            }
            Lanes8.Load<UInt256>(a, out var la);
            Lanes8.Load<UInt256>(b, out var lb);
            op(la, lb, out var lr);
            lr.Store<UInt256>(r);
            for (int k = 0; k < 8; k++)
                Assert.Equal(oracle(xs[start + k], ys[start + k]), Value(r[k]));
        }
    }

    private static BigInteger Mod(BigInteger v, BigInteger q)
    {
        v %= q;
        return v.Sign < 0 ? v + q : v;
    }

    private static BigInteger MontgomeryProduct(BigInteger x, BigInteger y, BigInteger q) =>
        Mod(x * y * BigInteger.ModPow(BigInteger.One << 256, q - 2, q), q);

    [Avx512Fact]
    public void Lane_products_are_Montgomery_products_mod_p() =>
        Check(P, Montgomery8<FpModulus>.Mul, (x, y) => MontgomeryProduct(x, y, P), 11);

    [Avx512Fact]
    public void Lane_products_are_Montgomery_products_mod_r() =>
        Check(R, Montgomery8<FrModulus>.Mul, (x, y) => MontgomeryProduct(x, y, R), 12);

    [Avx512Fact]
    public void Lane_sums_are_sums_mod_p() => Check(P, Montgomery8<FpModulus>.Add, (x, y) => Mod(x + y, P), 13);

    [Avx512Fact]
    public void Lane_differences_are_differences_mod_p() => Check(P, Montgomery8<FpModulus>.Sub, (x, y) => Mod(x - y, P), 14);

    [Avx512Fact]
    public void Lane_sums_and_differences_are_exact_mod_r()
    {
        Check(R, Montgomery8<FrModulus>.Add, (x, y) => Mod(x + y, R), 15);
        Check(R, Montgomery8<FrModulus>.Sub, (x, y) => Mod(x - y, R), 16);
    }

    [Avx512Fact]
    public void Lane_product_matches_scalar_Fp_multiplication_and_may_alias_its_output()
    {
        var rng = new Random(17);
        var xs = new Fp[8];
        var ys = new Fp[8];
        for (int k = 0; k < 8; k++)
        {
            xs[k] = Fp.FromUInt64((ulong)rng.NextInt64()) * Fp.FromUInt64((ulong)rng.NextInt64()) * Fp.FromUInt64((ulong)rng.NextInt64());
            ys[k] = -Fp.FromUInt64((ulong)rng.NextInt64() + 1);
        }
        Lanes8.Load<Fp>(xs, out var a);
        Lanes8.Load<Fp>(ys, out var b);
        Montgomery8<FpModulus>.Mul(a, b, out a);
        var r = new Fp[8];
        a.Store<Fp>(r);
        for (int k = 0; k < 8; k++) Assert.Equal(xs[k] * ys[k], r[k]);
    }

    [Avx512Fact]
    public void Gathered_loads_and_scattered_stores_keep_each_element_in_its_lane()
    {
        var values = new UInt256[8];
        for (int k = 0; k < 8; k++) values[k] = new UInt256(0x1111_1111_0000_0000UL * (ulong)(k + 1) + 1, (ulong)k << 40, ulong.MaxValue - (ulong)k, (ulong)k);
        var v = values;
        Lanes8.Load(in v[7], in v[6], in v[5], in v[4], in v[3], in v[2], in v[1], in v[0], out var lanes);
        var contiguous = new UInt256[8];
        lanes.Store<UInt256>(contiguous);
        for (int k = 0; k < 8; k++) Assert.Equal(values[7 - k], contiguous[k]);
        var scattered = new UInt256[8];
        var s = scattered;
        lanes.Store(ref s[1], ref s[3], ref s[5], ref s[7], ref s[0], ref s[2], ref s[4], ref s[6]);
        Assert.Equal([values[3], values[7], values[2], values[6], values[1], values[5], values[0], values[4]], scattered);
        Lanes8.Broadcast(values[5], out var same);
        same.Store<UInt256>(contiguous);
        Assert.All(contiguous, e => Assert.Equal(values[5], e));
    }

    [Avx512Fact]
    public void Elements_that_are_not_32_bytes_are_refused()
    {
        var wide = new (UInt256, ulong)[8];
        Assert.Throws<NotSupportedException>(() => Lanes8.Load<(UInt256, ulong)>(wide, out _));
    }
}
