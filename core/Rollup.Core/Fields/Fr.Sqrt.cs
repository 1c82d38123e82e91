namespace Rollup.Core.Fields;

public readonly partial struct Fr
{
    // Static initialisers of a partial struct run in file order; these live in their own
    // class so they are computed on first use, after Fr's own fields exist.
    private static class SqrtTables
    {
        public const int TwoAdicity = 28;
        private static readonly System.Numerics.BigInteger RMinus1 = Modulus.ToBigInteger() - 1;
        public static readonly UInt256 OddPart = UInt256.FromBigInteger(RMinus1 >> TwoAdicity);
        public static readonly UInt256 OddPartPlusOneHalf = UInt256.FromBigInteger(((RMinus1 >> TwoAdicity) + 1) / 2);
        public static readonly UInt256 LegendreExponent = UInt256.FromBigInteger(RMinus1 / 2);
        public static readonly Fr Root = Pow(FromUInt64(5), OddPart);
    }

    /// <summary>A primitive 2^28-th root of unity: 5^((r-1)/2^28), as ffjavascript and snarkjs use.</summary>
    public static Fr RootOfUnity2Pow28 => SqrtTables.Root;

    /// <summary>1 for a non-zero square, -1 for a non-square, 0 for zero.</summary>
    public static int Legendre(in Fr a)
    {
        if (a.IsZero) return 0;
        return Pow(a, SqrtTables.LegendreExponent).IsOne ? 1 : -1;
    }

    /// <summary>A square root (Tonelli-Shanks), or false when a is not a square.</summary>
    public static bool TrySqrt(in Fr a, out Fr root)
    {
        root = Zero;
        if (a.IsZero) return true;
        if (Legendre(a) != 1) return false;

        // 5 is a non-residue mod r, so its odd-part power generates the 2-Sylow subgroup.
        var c = RootOfUnity2Pow28;
        var x = Pow(a, SqrtTables.OddPartPlusOneHalf);
        var t = Pow(a, SqrtTables.OddPart);
        int m = SqrtTables.TwoAdicity;
        while (!t.IsOne)
        {
            int i = 0;
            var t2 = t;
            while (!t2.IsOne)
            {
                t2 = Square(t2);
                i++;
            }
            var b = c;
            for (int j = 0; j < m - i - 1; j++) b = Square(b);
            m = i;
            c = Square(b);
            t = Mul(t, c);
            x = Mul(x, b);
        }
        root = x;
        return true;
    }
}
