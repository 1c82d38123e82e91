namespace Rollup.Prover.Fields;

public readonly partial struct Fp12
{
    /// <summary>
    /// x^2 for x in the cyclotomic subgroup (x^(p^6 + 1) = 1, as after the easy part of the final
    /// exponentiation), by Granger and Scott: view Fp12 as Fp4[w]/(w^3 - s) with Fp4 = Fp2[s]/(s^2 - ξ),
    /// s = w^3, so x = a + b·w + c·w^2 with a = C0.C0 + C1.C1·s, b = C1.C0 + C0.C2·s,
    /// c = C0.C1 + C1.C2·s. For such x, x^2 = (3a^2 - 2ā) + (3s·c^2 + 2b̄)·w + (3b^2 - 2c̄)·w^2
    /// (bar: s → -s), three Fp4 squarings instead of a full Fp12 squaring. Wrong for other inputs.
    /// </summary>
    public static Fp12 CyclotomicSquare(in Fp12 x)
    {
        // a = a0 + a1·s, b = b0 + b1·s, c = c0 + c1·s.
        ref readonly var a0 = ref x.C0.C0;
        ref readonly var a1 = ref x.C1.C1;
        ref readonly var b0 = ref x.C1.C0;
        ref readonly var b1 = ref x.C0.C2;
        ref readonly var c0 = ref x.C0.C1;
        ref readonly var c1 = ref x.C1.C2;

        Fp4Square(a0, a1, out var aa0, out var aa1);
        Fp4Square(b0, b1, out var bb0, out var bb1);
        Fp4Square(c0, c1, out var cc0, out var cc1);

        // 3a^2 - 2ā = 3(aa) - 2(a0 - a1·s): per coordinate 3·aa0 - 2·a0 and 3·aa1 + 2·a1.
        var na0 = Triple(aa0) - Fp2.Double(a0);
        var na1 = Triple(aa1) + Fp2.Double(a1);
        // s·c^2 = ξ·cc1 + cc0·s; then 3(s·c^2) + 2b̄.
        var nb0 = Triple(Fp2.MulByXi(cc1)) + Fp2.Double(b0);
        var nb1 = Triple(cc0) - Fp2.Double(b1);
        var nc0 = Triple(bb0) - Fp2.Double(c0);
        var nc1 = Triple(bb1) + Fp2.Double(c1);

        return new Fp12(new Fp6(na0, nc0, nb1), new Fp6(nb0, na1, nc1));
    }

    /// <summary>(x + y·s)^2 = (x^2 + ξ·y^2) + 2xy·s, with 2xy = (x + y)^2 - x^2 - y^2.</summary>
    private static void Fp4Square(in Fp2 x, in Fp2 y, out Fp2 r0, out Fp2 r1)
    {
        var x2 = Fp2.Square(x);
        var y2 = Fp2.Square(y);
        r0 = x2 + Fp2.MulByXi(y2);
        r1 = Fp2.Square(x + y) - x2 - y2;
    }

    private static Fp2 Triple(in Fp2 a) => Fp2.Double(a) + a;
}
