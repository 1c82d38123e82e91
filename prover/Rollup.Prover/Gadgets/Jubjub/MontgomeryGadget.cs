using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Gadgets.Jubjub;

/// <summary>
/// Baby Jubjub's Montgomery form B·v² = u³ + A·u² + u, with A = 2(a + d)/(a − d) = 168698 and
/// B = 4/(a − d) = 1, reached by u = (1 + y)/(1 − y), v = u/x. Affine Montgomery formulas are
/// cheaper than Edwards ones (3 constraints per addition instead of 6) but incomplete: they fail
/// when the two u coordinates agree, and the identity has no affine form. A failing formula leaves
/// its slope unconstrained, so every caller must show that the exceptional cases cannot occur for
/// any input it accepts, not just that they are unlikely.
/// </summary>
public static class MontgomeryGadget
{
    public static readonly Fr A = Fr.FromUInt64(2) * (BabyJubjub.A + BabyJubjub.D) * Fr.Inverse(BabyJubjub.A - BabyJubjub.D);

    private static readonly Fr Two = Fr.FromUInt64(2);
    private static readonly Fr Three = Fr.FromUInt64(3);

    /// <summary>The Montgomery coordinates of an Edwards point other than the identity and (0, −1).</summary>
    public static (Fr U, Fr V) ToMontgomery(in JubjubPoint p)
    {
        if (p.X.IsZero) throw new ArgumentException("the identity and (0, -1) have no affine Montgomery form", nameof(p));
        var u = (Fr.One + p.Y) * Fr.Inverse(Fr.One - p.Y);
        return (u, u * Fr.Inverse(p.X));
    }

    /// <summary>
    /// u·(1 − y) = 1 + y and v·x = u: 2 constraints. For the identity (y = 1) the first reads
    /// 0 = 2, so the system becomes unsatisfiable: converting is also a proof that the point is not
    /// the identity. (0, −1) would give u = 0 and leave v free, so the point must not be of order 2.
    /// </summary>
    public static MontgomeryPoint FromEdwards(ConstraintSystem cs, in EdwardsPoint p)
    {
        ArgumentNullException.ThrowIfNull(cs);
        var u = Division.Divide(cs, Fr.One + p.Y, Fr.One - p.Y);
        var v = Division.Divide(cs, u, p.X);
        return new(u, v);
    }

    /// <summary>
    /// x = u/v, y = (u − 1)/(u + 1): 2 constraints, pinned for every point other than (0, 0);
    /// u = −1 would need v² = A − 2 = d, which is not a square.
    /// </summary>
    public static EdwardsPoint ToEdwards(ConstraintSystem cs, in MontgomeryPoint p)
    {
        ArgumentNullException.ThrowIfNull(cs);
        var x = Division.Divide(cs, p.U, p.V);
        var y = Division.Divide(cs, p.U - Fr.One, p.U + Fr.One);
        return new(x, y);
    }

    /// <summary>2P for P of odd order (v ≠ 0), 4 constraints: λ = (3u² + 2A·u + 1)/(2v).</summary>
    public static MontgomeryPoint Double(ConstraintSystem cs, in MontgomeryPoint p)
    {
        ArgumentNullException.ThrowIfNull(cs);
        var uu = cs.Multiply(p.U, p.U);
        var lambda = Division.Divide(cs, uu * Three + p.U * (Two * A) + Fr.One, p.V * Two);
        return Chord(cs, p, lambda, p.U * Two);
    }

    /// <summary>P + Q for u_P ≠ u_Q, 3 constraints: λ = (v_Q − v_P)/(u_Q − u_P).</summary>
    public static MontgomeryPoint Add(ConstraintSystem cs, in MontgomeryPoint p, in MontgomeryPoint q)
    {
        ArgumentNullException.ThrowIfNull(cs);
        var lambda = Division.Divide(cs, q.V - p.V, q.U - p.U);
        return Chord(cs, p, lambda, p.U + q.U);
    }

    /// <summary>
    /// 2P + Q as (P + Q) + P in 5 constraints, never computing the y of P + Q: with R = P + Q,
    /// u_R = λ1² − A − u_P − u_Q, and the second slope λ2 = (v_P − v_R)/(u_P − u_R) simplifies to
    /// 2v_P/(u_P − u_R) − λ1. Needs u_P ≠ u_Q (P ≠ ±Q) and u_R ≠ u_P (R ≠ ±P).
    /// </summary>
    public static MontgomeryPoint DoubleAndAdd(ConstraintSystem cs, in MontgomeryPoint p, in MontgomeryPoint q)
    {
        ArgumentNullException.ThrowIfNull(cs);
        var lambda1 = Division.Divide(cs, q.V - p.V, q.U - p.U);
        var lambda1Squared = cs.Multiply(lambda1, lambda1);
        var uR = lambda1Squared - A - p.U - q.U;

        var uP = cs.Value(p.U);
        var difference = uP - cs.Value(uR);
        var lambda2Value = difference.IsZero ? Fr.Zero : Two * cs.Value(p.V) * Fr.Inverse(difference) - cs.Value(lambda1);
        var lambda2 = cs.AllocatePrivate(lambda2Value);
        cs.Enforce(lambda1 + lambda2, p.U - uR, p.V * Two);

        var lambda2Squared = cs.Multiply(lambda2, lambda2);
        // u = λ2² − A − u_R − u_P, and u_R + u_P = λ1² − A − u_Q.
        var u = lambda2Squared - lambda1Squared + q.U;
        var v = cs.AllocatePrivate(lambda2Value * (uP - cs.Value(u)) - cs.Value(p.V));
        cs.Enforce(lambda2, p.U - u, v + p.V);
        return new(u, v);
    }

    /// <summary>The third point on the line of slope λ through P, negated: u = λ² − A − uSum, v = λ(u_P − u) − v_P.</summary>
    private static MontgomeryPoint Chord(ConstraintSystem cs, in MontgomeryPoint p, Variable lambda, in LinearCombination uSum)
    {
        var l = cs.Value(lambda);
        var uValue = l * l - A - cs.Value(uSum);
        var u = cs.AllocatePrivate(uValue);
        cs.Enforce(lambda, lambda, u + A + uSum);
        var v = cs.AllocatePrivate(l * (cs.Value(p.U) - uValue) - cs.Value(p.V));
        cs.Enforce(lambda, p.U - u, v + p.V);
        return new(u, v);
    }
}
