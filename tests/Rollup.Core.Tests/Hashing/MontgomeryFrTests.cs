using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Core.Tests.Hashing;

public class MontgomeryFrTests
{
    private static readonly BigInteger R = BigInteger.Parse("21888242871839275222246405745257275088548364400416034343698204186575808495617");

    // Limb and modulus boundaries first (where carries and the final subtraction go wrong), then random values.
    private static IEnumerable<Fr> Samples()
    {
        BigInteger[] edges = [0, 1, 2, R - 1, R - 2, (R - 1) / 2, (R + 1) / 2,
            (BigInteger.One << 64) - 1, BigInteger.One << 64, (BigInteger.One << 128) - 1, BigInteger.One << 128,
            (BigInteger.One << 192) - 1, BigInteger.One << 192, (BigInteger.One << 253) - 1, BigInteger.One << 253];
        foreach (var e in edges)
        {
            yield return Fr.FromBigInteger(e);
            // The same integers as raw Montgomery limbs, which is what the kernel's carries see.
            var u = UInt256.FromBigInteger(e);
            yield return new Fr(u.L0, u.L1, u.L2, u.L3);
        }
        var rng = new Random(424242);
        var buf = new byte[32];
        for (int i = 0; i < 300; i++)
        {
            rng.NextBytes(buf);
            yield return Fr.FromBytesReduced(buf);
        }
    }

    [Fact]
    public void Mul_square_add_and_pow5_agree_with_Fr()
    {
        var xs = Samples().ToArray();
        for (int i = 0; i < xs.Length; i++)
        {
            var a = xs[i];
            var b = xs[(i * 7 + 3) % xs.Length];
            Assert.Equal(a * b, MontgomeryFr.Mul(a, b));
            Assert.Equal(Fr.Square(a), MontgomeryFr.Square(a));
            Assert.Equal(a + b, MontgomeryFr.Add(a, b));
            Assert.Equal(Fr.Pow5(a), MontgomeryFr.Pow5(a));
        }
    }

    [Fact]
    public void Sum_of_three_products_agrees_with_Fr_including_the_all_maximal_case()
    {
        var max = Fr.FromBigInteger(R - 1);
        Assert.Equal(max * max + max * max + max * max, MontgomeryFr.SumOfProducts(max, max, max, max, max, max));
        var xs = Samples().ToArray();
        for (int i = 0; i + 5 < xs.Length; i++)
        {
            var expected = xs[i] * xs[i + 1] + xs[i + 2] * xs[i + 3] + xs[i + 4] * xs[i + 5];
            Assert.Equal(expected, MontgomeryFr.SumOfProducts(xs[i], xs[i + 1], xs[i + 2], xs[i + 3], xs[i + 4], xs[i + 5]));
        }
    }

    [Fact]
    public void Pow5_accepts_unreduced_sums_below_twice_the_modulus()
    {
        var xs = Samples().ToArray();
        for (int i = 0; i < xs.Length; i++)
        {
            var a = xs[i];
            var b = xs[(i * 5 + 1) % xs.Length];
            Assert.Equal(Fr.Pow5(a + b), MontgomeryFr.Pow5(MontgomeryFr.AddUnreduced(a, b)));
        }
        // The largest representable unreduced value, 2r - 2, as raw limbs.
        var top = UInt256.FromBigInteger(2 * R - 2);
        var same = UInt256.FromBigInteger(R - 2);
        Assert.Equal(Fr.Pow5(new Fr(same.L0, same.L1, same.L2, same.L3)), MontgomeryFr.Pow5(new Fr(top.L0, top.L1, top.L2, top.L3)));
    }
}
