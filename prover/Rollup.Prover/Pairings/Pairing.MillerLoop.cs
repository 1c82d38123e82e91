using Rollup.Prover.Curves;
using Rollup.Prover.Fields;

namespace Rollup.Prover.Pairings;

public static partial class Pairing
{
    /// <summary>The BN parameter x: p = 36x^4 + 36x^3 + 24x^2 + 6x + 1, r = p + 1 - (6x^2 + 1).</summary>
    public const ulong X = 4965661367192848881;

    // 6x + 2 = 29793968203157093288 needs 65 bits.
    private static readonly System.Numerics.BigInteger LoopCount = 6 * (System.Numerics.BigInteger)X + 2;

    /// <summary>
    /// f_{6x+2,Q}(P) · l_{[6x+2]Q, π(Q)}(P) · l_{[6x+2]Q + π(Q), -π^2(Q)}(P), before the final
    /// exponentiation. The loop runs in affine coordinates on the twist: one Fp2 inversion per
    /// step, which is small next to the final exponentiation and keeps the line formula plain.
    /// </summary>
    public static Fp12 MillerLoop(in G1Affine p, in G2Affine q)
    {
        if (p.IsInfinity || q.IsInfinity) return Fp12.One;

        var t = q;
        var f = Fp12.One;
        var bits = LoopCount;
        for (long i = (long)bits.GetBitLength() - 2; i >= 0; i--)
        {
            f = Fp12.Square(f) * DoublingStep(ref t, p);
            if (!(bits >> (int)i).IsEven)
                f *= AdditionStep(ref t, q, p);
        }

        // π(Q) and -π^2(Q), the p-power Frobenius carried to the twist (see TwistFrobenius).
        var q1 = TwistFrobenius(q, 1);
        var q2 = G2Affine.Negate(TwistFrobenius(q, 2));
        f *= AdditionStep(ref t, q1, p);
        f *= AdditionStep(ref t, q2, p);
        return f;
    }

    /// <summary>
    /// The untwisting map ψ(x, y) = (x·w^2, y·w^3) sends the twist into E(Fp12); there the
    /// p^k-power Frobenius gives (x^(p^k)·w^2·w^(2(p^k - 1)), ...), and w^(2(p^k-1)) = γ(k, 2),
    /// w^(3(p^k-1)) = γ(k, 3). Pulled back, that is the map below.
    /// </summary>
    internal static G2Affine TwistFrobenius(in G2Affine q, int k)
    {
        if (q.IsInfinity) return q;
        var x = Fp2.Frobenius(q.X, k) * FrobeniusCoefficients.Gamma(k, 2);
        var y = Fp2.Frobenius(q.Y, k) * FrobeniusCoefficients.Gamma(k, 3);
        return new G2Affine(x, y);
    }

    /// <summary>Tangent at T evaluated at P, and T ← 2T.</summary>
    private static Fp12 DoublingStep(ref G2Affine t, in G1Affine p)
    {
        var x2 = Fp2.Square(t.X);
        var lambda = (Fp2.Double(x2) + x2) * Fp2.Inverse(Fp2.Double(t.Y));
        var line = Line(lambda, t, p);
        var x3 = Fp2.Square(lambda) - Fp2.Double(t.X);
        var y3 = lambda * (t.X - x3) - t.Y;
        t = new G2Affine(x3, y3);
        return line;
    }

    /// <summary>Chord through T and Q evaluated at P, and T ← T + Q.</summary>
    private static Fp12 AdditionStep(ref G2Affine t, in G2Affine q, in G1Affine p)
    {
        var dx = q.X - t.X;
        if (dx.IsZero)
        {
            // A vertical line x - x_T lies in Fp6 (w^2 = v), which the final exponentiation sends
            // to 1; this only happens for degenerate inputs, and then T + Q is O or a doubling.
            if (q.Y == t.Y) return DoublingStep(ref t, p);
            t = G2Affine.Infinity;
            return Fp12.One;
        }
        var lambda = (q.Y - t.Y) * Fp2.Inverse(dx);
        var line = Line(lambda, t, p);
        var x3 = Fp2.Square(lambda) - t.X - q.X;
        var y3 = lambda * (t.X - x3) - t.Y;
        t = new G2Affine(x3, y3);
        return line;
    }

    /// <summary>
    /// The line of twist slope λ through T, evaluated at P after untwisting: on E the slope is
    /// λ·w and T is (x_T·w^2, y_T·w^3), so y_P - λw(x_P - x_T·w^2) - y_T·w^3
    /// = y_P - λ·x_P·w + (λ·x_T - y_T)·w^3. With w^3 = v·w, those are Fp12 slots c0.c0, c1.c0, c1.c1.
    /// </summary>
    private static Fp12 Line(in Fp2 lambda, in G2Affine t, in G1Affine p)
    {
        var c00 = new Fp2(p.Y, Fp.Zero);
        var c10 = -Fp2.MulByFp(lambda, p.X);
        var c11 = lambda * t.X - t.Y;
        return new Fp12(new Fp6(c00, Fp2.Zero, Fp2.Zero), new Fp6(c10, c11, Fp2.Zero));
    }
}
