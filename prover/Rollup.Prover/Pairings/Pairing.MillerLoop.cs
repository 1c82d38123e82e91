using Rollup.Prover.Curves;
using Rollup.Prover.Fields;

namespace Rollup.Prover.Pairings;

public static partial class Pairing
{
    /// <summary>The BN parameter x: p = 36x^4 + 36x^3 + 24x^2 + 6x + 1, r = p + 1 - (6x^2 + 1).</summary>
    public const ulong X = 4965661367192848881;

    // 6x + 2 = 29793968203157093288 needs 65 bits, so it is kept as bits, most significant first.
    private static readonly bool[] LoopBits = BuildLoopBits();

    private static bool[] BuildLoopBits()
    {
        var n = 6 * (System.Numerics.BigInteger)X + 2;
        var bits = new bool[(int)n.GetBitLength()];
        for (int i = 0; i < bits.Length; i++)
            bits[bits.Length - 1 - i] = !(n >> i).IsEven;
        return bits;
    }

    /// <summary>
    /// f_{6x+2,Q}(P) · l_{[6x+2]Q, π(Q)}(P) · l_{[6x+2]Q + π(Q), -π^2(Q)}(P), before the final
    /// exponentiation.
    /// </summary>
    public static Fp12 MillerLoop(in G1Affine p, in G2Affine q)
    {
        ReadOnlySpan<(G1Affine, G2Affine)> one = [(p, q)];
        return MillerLoop(one);
    }

    /// <summary>
    /// The product of the Miller loops of all pairs, sharing the squarings of f. Pairs with a
    /// point at infinity contribute 1 and are skipped. The loop runs in affine coordinates on the
    /// twist: one Fp2 inversion per step, which is small next to the final exponentiation and
    /// keeps the line formula plain.
    /// </summary>
    public static Fp12 MillerLoop(ReadOnlySpan<(G1Affine P, G2Affine Q)> pairs)
    {
        int n = 0;
        var ps = new G1Affine[pairs.Length];
        var qs = new G2Affine[pairs.Length];
        for (int j = 0; j < pairs.Length; j++)
        {
            if (pairs[j].P.IsInfinity || pairs[j].Q.IsInfinity) continue;
            ps[n] = pairs[j].P;
            qs[n] = pairs[j].Q;
            n++;
        }
        if (n == 0) return Fp12.One;

        var ts = new G2Affine[n];
        Array.Copy(qs, ts, n);
        var f = Fp12.One;
        for (int i = 1; i < LoopBits.Length; i++)
        {
            f = Fp12.Square(f);
            for (int j = 0; j < n; j++)
                f = MulByLine(f, DoublingStep(ref ts[j], ps[j]));
            if (LoopBits[i])
            {
                for (int j = 0; j < n; j++)
                    f = MulByLine(f, AdditionStep(ref ts[j], qs[j], ps[j]));
            }
        }

        // π(Q) and -π^2(Q), the p-power Frobenius carried to the twist (see TwistFrobenius).
        for (int j = 0; j < n; j++)
        {
            var q1 = TwistFrobenius(qs[j], 1);
            var q2 = G2Affine.Negate(TwistFrobenius(qs[j], 2));
            f = MulByLine(f, AdditionStep(ref ts[j], q1, ps[j]));
            f = MulByLine(f, AdditionStep(ref ts[j], q2, ps[j]));
        }
        return f;
    }

    /// <summary>
    /// The untwisting map ψ(x, y) = (x·w^2, y·w^3) sends the twist into E(Fp12); there the
    /// p^k-power Frobenius gives (x^(p^k)·w^2·w^(2(p^k - 1)), ...), and w^(2(p^k-1)) = γ(k, 2),
    /// w^(3(p^k-1)) = γ(k, 3). Pulled back, that is the map below; on G2 it acts as [p^k].
    /// </summary>
    internal static G2Affine TwistFrobenius(in G2Affine q, int k)
    {
        if (q.IsInfinity) return q;
        var x = Fp2.Frobenius(q.X, k) * FrobeniusCoefficients.Gamma(k, 2);
        var y = Fp2.Frobenius(q.Y, k) * FrobeniusCoefficients.Gamma(k, 3);
        return new G2Affine(x, y);
    }

    /// <summary>Tangent at T evaluated at P, and T ← 2T.</summary>
    private static LineEvaluation DoublingStep(ref G2Affine t, in G1Affine p)
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
    private static LineEvaluation AdditionStep(ref G2Affine t, in G2Affine q, in G1Affine p)
    {
        var dx = q.X - t.X;
        if (dx.IsZero)
        {
            // A vertical line x - x_T lies in Fp6 (w^2 = v), which the final exponentiation sends
            // to 1; this only happens for degenerate inputs, and then T + Q is O or a doubling.
            if (q.Y == t.Y) return DoublingStep(ref t, p);
            t = G2Affine.Infinity;
            return LineEvaluation.One;
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
    private static LineEvaluation Line(in Fp2 lambda, in G2Affine t, in G1Affine p) =>
        new(p.Y, -Fp2.MulByFp(lambda, p.X), lambda * t.X - t.Y);
}
