using Rollup.Prover.Fields;

namespace Rollup.Prover.Pairings;

/// <summary>
/// A Miller-loop line evaluated at P, which only has three non-zero Fp12 slots:
/// C0.C0 = y_P (in Fp), C1.C0 = W1 and C1.C1 = W3 (the w and w^3 coefficients). Keeping it in
/// this shape lets <see cref="Pairing.MulByLine"/> skip the zero products.
/// </summary>
internal readonly struct LineEvaluation(in Fp y, in Fp2 w1, in Fp2 w3)
{
    public readonly Fp Y = y;
    public readonly Fp2 W1 = w1;
    public readonly Fp2 W3 = w3;

    /// <summary>The constant 1, standing in for vertical lines (they die in the final exponentiation).</summary>
    public static readonly LineEvaluation One = new(Fp.One, Fp2.Zero, Fp2.Zero);

    public Fp12 ToFp12() => new(new Fp6(new Fp2(Y, Fp.Zero), Fp2.Zero, Fp2.Zero), new Fp6(W1, W3, Fp2.Zero));
}
