namespace Rollup.Prover.Fields;

public readonly partial struct Fp2
{
    private static class SqrtExponents
    {
        private static readonly System.Numerics.BigInteger P = Fp.ModulusBigInteger;
        public static readonly System.Numerics.BigInteger PMinus3Over4 = (P - 3) / 4;
        public static readonly System.Numerics.BigInteger PMinus1Over2 = (P - 1) / 2;
    }

    /// <summary>
    /// A square root, or false when a is not a square. For p = 3 mod 4 (Adj and
    /// Rodríguez-Henríquez, "Square root computation over even extension fields", alg. 9):
    /// with a1 = a^((p-3)/4) and α = a1^2·a, a root is a1·a times u (when α = -1) or
    /// times (1 + α)^((p-1)/2). The result is checked, so a non-square returns false.
    /// </summary>
    public static bool TrySqrt(in Fp2 a, out Fp2 root)
    {
        root = Zero;
        if (a.IsZero) return true;
        var a1 = Pow(a, SqrtExponents.PMinus3Over4);
        var alpha = Mul(Square(a1), a);
        var x0 = Mul(a1, a);
        var minusOne = Negate(One);
        Fp2 candidate;
        if (alpha == minusOne)
        {
            // Multiply by u: (c0 + c1·u)·u = -c1 + c0·u.
            candidate = new Fp2(-x0.C1, x0.C0);
        }
        else
        {
            var b = Pow(One + alpha, SqrtExponents.PMinus1Over2);
            candidate = Mul(b, x0);
        }
        if (Square(candidate) != a) return false;
        root = candidate;
        return true;
    }
}
