namespace Rollup.Prover.Fields;

public readonly partial struct Fp6
{
    /// <summary>a·s for s in Fp: six base multiplications.</summary>
    public static Fp6 MulByFp(in Fp6 a, in Fp s) => new(Fp2.MulByFp(a.C0, s), Fp2.MulByFp(a.C1, s), Fp2.MulByFp(a.C2, s));

    /// <summary>
    /// a·(b0 + b1·v), the shape of a line's odd half: five Fp2 multiplications instead of six.
    /// (a0 + a1v + a2v^2)(b0 + b1v) = a0b0 + ξ·a2b1 + (a0b1 + a1b0)v + (a1b1 + a2b0)v^2.
    /// </summary>
    public static Fp6 MulBy01(in Fp6 a, in Fp2 b0, in Fp2 b1)
    {
        var t0 = a.C0 * b0;
        var t1 = a.C1 * b1;
        var c0 = t0 + Fp2.MulByXi(a.C2 * b1);
        var c1 = (a.C0 + a.C1) * (b0 + b1) - t0 - t1;
        var c2 = t1 + a.C2 * b0;
        return new Fp6(c0, c1, c2);
    }
}
