using Rollup.Prover.Fields;

namespace Rollup.Prover.Pairings;

public static partial class Pairing
{
    /// <summary>
    /// f·l for a line l = y + (w1 + w3·v)·w with y in Fp (the Miller loop's only multiplier).
    /// With f = a + b·w and l = l0 + l1·w: f·l = a·l0 + v·b·l1 + ((a + b)(l0 + l1) - a·l0 - b·l1)·w,
    /// where l0 is a base-field scalar and l1, l0 + l1 have two Fp2 coefficients: about ten Fp2
    /// multiplications instead of eighteen.
    /// </summary>
    internal static Fp12 MulByLine(in Fp12 f, in LineEvaluation l)
    {
        var al0 = Fp6.MulByFp(f.C0, l.Y);
        var bl1 = Fp6.MulBy01(f.C1, l.W1, l.W3);
        var sum = Fp6.MulBy01(f.C0 + f.C1, l.W1 + new Fp2(l.Y, Fp.Zero), l.W3);
        return new Fp12(al0 + Fp6.MulByV(bl1), sum - al0 - bl1);
    }
}
