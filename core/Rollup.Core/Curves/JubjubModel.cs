using Rollup.Core.Fields;

namespace Rollup.Core.Curves;

/// <summary>
/// Projective arithmetic runs on the isomorphic curve −u² + v² = 1 + d'·u²·v² with u = c·x, v = y,
/// c² = −a and d' = −d/a. With a' = −1 the addition and doubling formulas lose their multiplication
/// by a; since −1 is a square and d' is not, those formulas stay complete (no exceptional points).
/// Only <see cref="JubjubExtendedPoint"/> and its helpers see these coordinates.
/// </summary>
internal static class JubjubModel
{
    public static readonly Fr C = SqrtOfMinusA();
    public static readonly Fr CInverse = Fr.Inverse(C);
    public static readonly Fr DPrime = Fr.Negate(BabyJubjub.D * Fr.Inverse(BabyJubjub.A));
    public static readonly Fr TwoDPrime = Fr.Double(DPrime);

    private static Fr SqrtOfMinusA()
    {
        if (!Fr.TrySqrt(Fr.Negate(BabyJubjub.A), out var c))
            throw new InvalidOperationException("-a is not a square; the a = -1 model does not exist");
        return c;
    }
}
