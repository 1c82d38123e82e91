using Rollup.Core.Fields;

namespace Rollup.Prover.Fields;

public readonly partial struct Fp
{
    private static class SqrtExponents
    {
        private static readonly System.Numerics.BigInteger P = new UInt256(FpModulus.Q0, FpModulus.Q1, FpModulus.Q2, FpModulus.Q3).ToBigInteger();

        // p = 3 mod 4, so a^((p+1)/4) squares to a whenever a is a square.
        public static readonly UInt256 PPlus1Over4 = UInt256.FromBigInteger((P + 1) / 4);
        public static readonly UInt256 PMinus1Over2 = UInt256.FromBigInteger((P - 1) / 2);
    }

    /// <summary>1 for a non-zero square, -1 for a non-square, 0 for zero.</summary>
    public static int Legendre(in Fp a)
    {
        if (a.IsZero) return 0;
        return Pow(a, SqrtExponents.PMinus1Over2).IsOne ? 1 : -1;
    }

    /// <summary>A square root, or false when a is not a square.</summary>
    public static bool TrySqrt(in Fp a, out Fp root)
    {
        root = Pow(a, SqrtExponents.PPlus1Over4);
        if (Square(root) == a) return true;
        root = Zero;
        return false;
    }
}
