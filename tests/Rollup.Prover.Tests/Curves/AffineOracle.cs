using System.Numerics;

namespace Rollup.Prover.Tests.Curves;

/// <summary>
/// Textbook affine arithmetic on y^2 = x^3 + 3 over p with BigInteger, as an independent oracle
/// for the Jacobian formulas. null is the point at infinity.
/// </summary>
internal static class AffineOracle
{
    public static readonly BigInteger P = BigInteger.Parse("21888242871839275222246405745257275088696311157297823662689037894645226208583");

    private static BigInteger Mod(BigInteger v)
    {
        v %= P;
        return v.Sign < 0 ? v + P : v;
    }

    private static BigInteger Inv(BigInteger v) => BigInteger.ModPow(Mod(v), P - 2, P);

    public static (BigInteger X, BigInteger Y)? Add((BigInteger X, BigInteger Y)? a, (BigInteger X, BigInteger Y)? b)
    {
        if (a is null) return b;
        if (b is null) return a;
        var (x1, y1) = a.Value;
        var (x2, y2) = b.Value;
        BigInteger lambda;
        if (x1 == x2)
        {
            if (Mod(y1 + y2) == 0) return null;
            lambda = Mod(3 * x1 * x1 * Inv(2 * y1));
        }
        else
        {
            lambda = Mod((y2 - y1) * Inv(x2 - x1));
        }
        var x3 = Mod(lambda * lambda - x1 - x2);
        var y3 = Mod(lambda * (x1 - x3) - y1);
        return (x3, y3);
    }

    public static (BigInteger X, BigInteger Y)? Multiply((BigInteger X, BigInteger Y)? a, BigInteger k)
    {
        (BigInteger X, BigInteger Y)? acc = null;
        for (long bit = (long)k.GetBitLength() - 1; bit >= 0; bit--)
        {
            acc = Add(acc, acc);
            if (!(k >> (int)bit).IsEven) acc = Add(acc, a);
        }
        return acc;
    }
}
