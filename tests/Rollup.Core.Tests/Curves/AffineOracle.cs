using System.Numerics;
using Rollup.Core.Curves;
using Rollup.Core.Fields;

namespace Rollup.Core.Tests.Curves;

/// <summary>
/// Textbook affine Baby Jubjub on BigInteger, straight from the curve's addition law, as an
/// independent reference for the optimised code.
/// </summary>
public static class AffineOracle
{
    public static readonly BigInteger P = BigInteger.Parse("21888242871839275222246405745257275088548364400416034343698204186575808495617");
    public static readonly BigInteger L = BigInteger.Parse("2736030358979909402780800718157159386076813972158567259200215660948447373041");
    public const int A = 168700;
    public const int D = 168696;

    public static BigInteger Mod(BigInteger v)
    {
        v %= P;
        return v.Sign < 0 ? v + P : v;
    }

    /// <summary>Extended Euclid; ModPow by p − 2 made the oracle the slowest part of the suite.</summary>
    public static BigInteger Inv(BigInteger v)
    {
        BigInteger a = Mod(v), b = P, x0 = 1, x1 = 0;
        while (b != 0)
        {
            var q = BigInteger.DivRem(a, b, out var rem);
            (a, b) = (b, rem);
            (x0, x1) = (x1, x0 - q * x1);
        }
        if (a != 1) throw new DivideByZeroException("not invertible");
        return Mod(x0);
    }

    public static (BigInteger X, BigInteger Y) Add((BigInteger X, BigInteger Y) p, (BigInteger X, BigInteger Y) q)
    {
        var t = Mod(D * p.X % P * q.X % P * p.Y % P * q.Y);
        var x = Mod((p.X * q.Y + p.Y * q.X) % P * Inv(1 + t));
        var y = Mod((p.Y * q.Y - A * p.X * q.X) % P * Inv(1 - t));
        return (x, y);
    }

    public static (BigInteger X, BigInteger Y) Multiply((BigInteger X, BigInteger Y) p, BigInteger k)
    {
        (BigInteger X, BigInteger Y) acc = (0, 1);
        for (int i = (int)k.GetBitLength() - 1; i >= 0; i--)
        {
            acc = Add(acc, acc);
            if (!(k >> i).IsEven) acc = Add(acc, p);
        }
        return acc;
    }

    public static bool OnCurve((BigInteger X, BigInteger Y) p)
    {
        var x2 = p.X * p.X % P;
        var y2 = p.Y * p.Y % P;
        return Mod(A * x2 + y2) == Mod(1 + D * x2 % P * y2);
    }

    public static (BigInteger X, BigInteger Y) Of(JubjubPoint p) => (p.X.ToBigInteger(), p.Y.ToBigInteger());

    public static JubjubPoint ToPoint((BigInteger X, BigInteger Y) p) => new(Fr.FromBigInteger(p.X), Fr.FromBigInteger(p.Y));

    public static BigInteger RandomBelow(Random rng, BigInteger bound)
    {
        var buf = new byte[(int)(bound.GetBitLength() / 8) + 2];
        rng.NextBytes(buf);
        buf[^1] = 0;
        return new BigInteger(buf) % bound;
    }

    /// <summary>A random point of the prime-order subgroup, via the oracle.</summary>
    public static (BigInteger X, BigInteger Y) RandomSubgroupPoint(Random rng) =>
        Multiply(Of(BabyJubjub.Base8), RandomBelow(rng, L - 1) + 1);
}
