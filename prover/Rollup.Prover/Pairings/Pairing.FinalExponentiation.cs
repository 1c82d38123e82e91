using Rollup.Prover.Fields;

namespace Rollup.Prover.Pairings;

public static partial class Pairing
{
    /// <summary>
    /// f^(m·(p^12 - 1)/r) with m = 2x(6x^2 + 3x + 1). The easy part (p^6 - 1)(p^2 + 1) costs
    /// an inversion and Frobenius maps and lands in the cyclotomic subgroup, where inverses are
    /// conjugates. The hard part follows Fuentes-Castañeda, Knapp and Rodríguez-Henríquez: the
    /// multiple m·(p^4 - p^2 + 1)/r has a base-p expansion whose digits are small polynomials in
    /// x, so three exponentiations by x replace a 760-bit exponent.
    /// m &lt; r, so m is prime to r and the result is still a non-degenerate bilinear pairing;
    /// it is also exactly what snarkjs/ffjavascript compute (their vk_alphabeta_12 is this
    /// value), and "product == 1" checks do not depend on m at all.
    /// </summary>
    public static Fp12 FinalExponentiation(in Fp12 f)
    {
        // f^(p^6 - 1) = conj(f)/f.
        var t = Fp12.Conjugate(f) * Fp12.Inverse(f);
        // ^(p^2 + 1).
        t = Fp12.Frobenius(t, 2) * t;
        return HardPart(t);
    }

    /// <summary>
    /// m·(p^4 - p^2 + 1)/r = λ0 + λ1·p + λ2·p^2 + λ3·p^3 with
    /// λ0 = 12x^3 + 12x^2 + 6x + 1, λ1 = 12x^3 + 6x^2 + 4x, λ2 = 12x^3 + 6x^2 + 6x,
    /// λ3 = 12x^3 + 6x^2 + 4x - 1; the p-powers are Frobenius maps. Valid for g in the
    /// cyclotomic subgroup only (it inverts by conjugating).
    /// </summary>
    internal static Fp12 HardPart(in Fp12 g)
    {
        var fx = PowX(g);
        var f2x = Fp12.Square(fx);
        var f6x = Fp12.Square(f2x) * f2x;
        var f6x2 = PowX(f6x);
        var f12x3 = PowX(Fp12.Square(f6x2));

        var a = f12x3 * f6x2 * f6x;          // λ2
        var b = a * Fp12.Conjugate(f2x);     // λ1
        var l0 = a * f6x2 * g;               // λ0
        var l3 = b * Fp12.Conjugate(g);      // λ3

        return l0 * Fp12.Frobenius(b, 1) * Fp12.Frobenius(a, 2) * Fp12.Frobenius(l3, 3);
    }

    /// <summary>g^x by square-and-multiply over the 63 bits of x; g must be cyclotomic (squarings are).</summary>
    private static Fp12 PowX(in Fp12 g)
    {
        var r = g;
        for (int bit = 61; bit >= 0; bit--)
        {
            r = Fp12.CyclotomicSquare(r);
            if (((X >> bit) & 1) != 0) r *= g;
        }
        return r;
    }
}
