using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Gadgets.Jubjub;

/// <summary>
/// Twisted Edwards arithmetic on Baby Jubjub (a·x² + y² = 1 + d·x²·y²) in R1CS. a is a square and
/// d is not, so the addition law is complete: its denominators 1 ± d·x1·x2·y1·y2 never vanish for
/// points on the curve, and each output is pinned by the inputs. The formulas assume their inputs
/// are on the curve; untrusted points go through <see cref="AssertOnCurve"/> first.
/// </summary>
public static class EdwardsGadget
{
    private static readonly Fr A = BabyJubjub.A;
    private static readonly Fr D = BabyJubjub.D;
    private static readonly Fr Two = Fr.FromUInt64(2);

    /// <summary>a·x² + y² = 1 + d·x²·y² in 3 constraints; returns x² and y² for <see cref="Double(ConstraintSystem, in EdwardsPoint, in LinearCombination, in LinearCombination)"/>.</summary>
    public static (Variable XSquared, Variable YSquared) AssertOnCurve(ConstraintSystem cs, in EdwardsPoint p)
    {
        ArgumentNullException.ThrowIfNull(cs);
        var xx = cs.Multiply(p.X, p.X);
        var yy = cs.Multiply(p.Y, p.Y);
        cs.Enforce(xx * D, yy, xx * A + yy - Fr.One);
        return (xx, yy);
    }

    /// <summary>2P for P on the curve, 5 constraints.</summary>
    public static EdwardsPoint Double(ConstraintSystem cs, in EdwardsPoint p)
    {
        ArgumentNullException.ThrowIfNull(cs);
        return Double(cs, p, cs.Multiply(p.X, p.X), cs.Multiply(p.Y, p.Y));
    }

    /// <summary>
    /// 2P given x² and y², 3 constraints: x3 = 2xy / (a·x² + y²), y3 = (y² − a·x²) / (2 − a·x² − y²).
    /// This is the addition law at P = Q with 1 + d·x²y² replaced by a·x² + y², which the curve
    /// equation allows, so it holds only for P on the curve; there the denominators are 1 ± d·x²y².
    /// </summary>
    public static EdwardsPoint Double(ConstraintSystem cs, in EdwardsPoint p, in LinearCombination xx, in LinearCombination yy)
    {
        ArgumentNullException.ThrowIfNull(cs);
        var xy = cs.Multiply(p.X, p.Y);
        var ax2 = xx * A;
        var x3 = Division.Divide(cs, xy * Two, ax2 + yy);
        var y3 = Division.Divide(cs, yy - ax2, Two - ax2 - yy);
        return new(x3, y3);
    }

    /// <summary>P + Q, 6 constraints (circomlib's BabyAdd).</summary>
    public static EdwardsPoint Add(ConstraintSystem cs, in EdwardsPoint p, in EdwardsPoint q)
    {
        ArgumentNullException.ThrowIfNull(cs);
        var (xNumerator, yNumerator, dTau) = Products(cs, p, q);
        var x3 = Division.Divide(cs, xNumerator, Fr.One + dTau);
        var y3 = Division.Divide(cs, yNumerator, Fr.One - dTau);
        return new(x3, y3);
    }

    /// <summary>
    /// sum = P + Q in 6 constraints: the addition with the claimed sum in place of the quotients,
    /// which saves the two equalities Add followed by a comparison would cost.
    /// </summary>
    public static void AssertSum(ConstraintSystem cs, in EdwardsPoint p, in EdwardsPoint q, in EdwardsPoint sum)
    {
        ArgumentNullException.ThrowIfNull(cs);
        var (xNumerator, yNumerator, dTau) = Products(cs, p, q);
        cs.Enforce(sum.X, Fr.One + dTau, xNumerator);
        cs.Enforce(sum.Y, Fr.One - dTau, yNumerator);
    }

    /// <summary>P + Q for a constant Q, 3 constraints: only x·y and the two quotients are products.</summary>
    public static EdwardsPoint AddConstant(ConstraintSystem cs, in EdwardsPoint p, in JubjubPoint q)
    {
        ArgumentNullException.ThrowIfNull(cs);
        var beta = p.X * q.Y;
        var gamma = p.Y * q.X;
        var delta = (p.Y - p.X * A) * (q.X + q.Y);
        var dTau = cs.Multiply(p.X, p.Y) * (D * q.X * q.Y);
        var x3 = Division.Divide(cs, beta + gamma, Fr.One + dTau);
        var y3 = Division.Divide(cs, delta + beta * A - gamma, Fr.One - dTau);
        return new(x3, y3);
    }

    /// <summary>condition ? ifOne : ifZero, one constraint per coordinate; the condition must be boolean.</summary>
    public static EdwardsPoint Select(ConstraintSystem cs, in LinearCombination condition, in EdwardsPoint ifOne, in EdwardsPoint ifZero) =>
        new(ConditionalSelect.Select(cs, condition, ifOne.X, ifZero.X), ConditionalSelect.Select(cs, condition, ifOne.Y, ifZero.Y));

    /// <summary>
    /// β = x1·y2, γ = y1·x2, δ = (y1 − a·x1)·(x2 + y2), τ = β·γ. Then x3 = (β + γ)/(1 + d·τ) and
    /// y3 = (y1·y2 − a·x1·x2)/(1 − d·τ), where y1·y2 − a·x1·x2 = δ + a·β − γ.
    /// </summary>
    private static (LinearCombination XNumerator, LinearCombination YNumerator, LinearCombination DTau) Products(ConstraintSystem cs, in EdwardsPoint p, in EdwardsPoint q)
    {
        LinearCombination beta = cs.Multiply(p.X, q.Y);
        LinearCombination gamma = cs.Multiply(p.Y, q.X);
        LinearCombination delta = cs.Multiply(p.Y - p.X * A, q.X + q.Y);
        var tau = cs.Multiply(beta, gamma);
        return (beta + gamma, delta + beta * A - gamma, tau * D);
    }
}
