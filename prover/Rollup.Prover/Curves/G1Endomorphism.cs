using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.Fields;

namespace Rollup.Prover.Curves;

/// <summary>
/// The GLV endomorphism of G1: φ(x, y) = (β·x, y) with β a cube root of unity in Fp acts as
/// multiplication by λ, a cube root of unity mod r. A scalar k splits into k1 + k2·λ with
/// |k1|, |k2| ≈ √r, so [k]P = [k1]P + [k2]φ(P) needs half the doublings. Both roots and the
/// short lattice basis are derived here rather than copied as constants, and φ is checked
/// against [λ]G once.
/// </summary>
internal static class G1Endomorphism
{
    private static readonly BigInteger P = Fp.ModulusBigInteger;
    private static readonly BigInteger R = Fr.Modulus.ToBigInteger();

    /// <summary>β, of multiplicative order 3 in Fp.</summary>
    public static readonly Fp Beta;

    /// <summary>λ with φ(Q) = [λ]Q for every Q in G1.</summary>
    public static readonly BigInteger Lambda;

    // Short basis (a1, b1), (a2, b2) of the lattice {(a, b) : a + b·λ ≡ 0 mod r}.
    private static readonly BigInteger A1, B1, A2, B2;

    static G1Endomorphism()
    {
        Beta = Fp.FromBigInteger(CubeRootOfUnity(P));
        var lambda = CubeRootOfUnity(R);
        var g = G1.Generator;
        var phiG = new G1(Beta * g.X, g.Y, g.Z);
        if (G1.Multiply(g, lambda) != phiG) lambda = lambda * lambda % R;
        if (G1.Multiply(g, lambda) != phiG) throw new InvalidOperationException("no cube root of unity mod r matches the endomorphism");
        Lambda = lambda;
        (A1, B1, A2, B2) = ShortBasis(R, lambda);
    }

    /// <summary>φ in Jacobian coordinates: (β·X, Y, Z).</summary>
    public static G1 Apply(in G1 p) => new(Beta * p.X, p.Y, p.Z);

    /// <summary>k1, k2 with k ≡ k1 + k2·λ (mod r) and both of about half the bit length of r (signed).</summary>
    public static (BigInteger K1, BigInteger K2) Decompose(BigInteger k)
    {
        var c1 = RoundedDivide(B2 * k, R);
        var c2 = RoundedDivide(-B1 * k, R);
        return (k - c1 * A1 - c2 * A2, -c1 * B1 - c2 * B2);
    }

    private static BigInteger CubeRootOfUnity(BigInteger modulus)
    {
        for (int g = 2; ; g++)
        {
            var candidate = BigInteger.ModPow(g, (modulus - 1) / 3, modulus);
            if (!candidate.IsOne) return candidate;
        }
    }

    /// <summary>
    /// The extended Euclidean algorithm on (n, λ) stops at the first remainder below √n; the
    /// rows around it give two short vectors (Hankerson, Menezes, Vanstone, algorithm 3.74).
    /// </summary>
    private static (BigInteger A1, BigInteger B1, BigInteger A2, BigInteger B2) ShortBasis(BigInteger n, BigInteger lambda)
    {
        var sqrtN = Sqrt(n);
        BigInteger rPrev = n, r = lambda, tPrev = 0, t = 1;
        while (r >= sqrtN)
        {
            var q = rPrev / r;
            (rPrev, r) = (r, rPrev - q * r);
            (tPrev, t) = (t, tPrev - q * t);
        }
        // Now r_(l+1) = r < √n ≤ r_l = rPrev; one more step gives r_(l+2).
        var a1 = r;
        var b1 = -t;
        var q2 = rPrev / r;
        var rNext = rPrev - q2 * r;
        var tNext = tPrev - q2 * t;
        BigInteger a2, b2;
        if (rPrev * rPrev + tPrev * tPrev <= rNext * rNext + tNext * tNext)
        {
            a2 = rPrev;
            b2 = -tPrev;
        }
        else
        {
            a2 = rNext;
            b2 = -tNext;
        }
        return (a1, b1, a2, b2);
    }

    private static BigInteger RoundedDivide(BigInteger numerator, BigInteger denominator)
    {
        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        if (BigInteger.Abs(remainder) * 2 >= denominator) quotient += numerator.Sign;
        return quotient;
    }

    /// <summary>⌊√n⌋ by Newton's iteration from above.</summary>
    private static BigInteger Sqrt(BigInteger n)
    {
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var next = (x + n / x) >> 1;
            if (next >= x) return x;
            x = next;
        }
    }
}
