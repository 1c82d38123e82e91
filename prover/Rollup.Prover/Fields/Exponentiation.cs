using System.Numerics;

namespace Rollup.Prover.Fields;

internal static class Exponentiation
{
    /// <summary>a^e for a non-negative exponent; square-and-multiply, not constant time.</summary>
    public static T Pow<T>(in T a, BigInteger e) where T : struct, IMultiplicative<T>
    {
        if (e.Sign < 0) throw new ArgumentOutOfRangeException(nameof(e), "negative exponent");
        var bytes = e.ToByteArray(isUnsigned: true, isBigEndian: true);
        var r = T.One;
        foreach (var by in bytes)
        {
            for (int bit = 7; bit >= 0; bit--)
            {
                r = T.Square(r);
                if (((by >> bit) & 1) != 0) r = T.Mul(r, a);
            }
        }
        return r;
    }
}
