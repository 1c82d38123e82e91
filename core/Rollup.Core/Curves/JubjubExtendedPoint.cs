using System.Runtime.CompilerServices;
using Rollup.Core.Fields;

namespace Rollup.Core.Curves;

/// <summary>
/// A Baby Jubjub point in extended twisted Edwards coordinates (X : Y : Z : T), T = X·Y/Z, on the
/// a = −1 model of <see cref="JubjubModel"/>: inversion-free, complete formulas (Hisil, Wong, Carter,
/// Dawson 2008). The coordinates are an implementation detail; convert with
/// <see cref="FromAffine"/> and <see cref="ToAffine"/>. Equality is projective, so it compares the
/// points rather than their representations.
/// </summary>
public readonly partial struct JubjubExtendedPoint : IEquatable<JubjubExtendedPoint>
{
    internal readonly Fr X, Y, Z, T;

    internal JubjubExtendedPoint(in Fr x, in Fr y, in Fr z, in Fr t)
    {
        X = x; Y = y; Z = z; T = t;
    }

    public static JubjubExtendedPoint Identity => new(Fr.Zero, Fr.One, Fr.One, Fr.Zero);

    /// <summary>u = 0 holds only for the identity and the order-2 point; Y = Z singles out the identity.</summary>
    public bool IsIdentity => X.IsZero && Y == Z;

    /// <summary>x = 0: the identity or (0, −1). After a cofactor multiplication this means "was small order".</summary>
    public bool HasZeroX => X.IsZero;

    public static JubjubExtendedPoint FromAffine(in JubjubPoint p)
    {
        var u = p.X * JubjubModel.C;
        return new JubjubExtendedPoint(u, p.Y, Fr.One, u * p.Y);
    }

    public JubjubPoint ToAffine()
    {
        var zInverse = Fr.Inverse(Z);
        return new JubjubPoint(X * zInverse * JubjubModel.CInverse, Y * zInverse);
    }

    public static JubjubExtendedPoint Add(in JubjubExtendedPoint p, in JubjubExtendedPoint q) =>
        p.AddCompleted(q.ToCached()).ToExtended();

    public static JubjubExtendedPoint Subtract(in JubjubExtendedPoint p, in JubjubExtendedPoint q) =>
        p.SubtractCompleted(q.ToCached()).ToExtended();

    public static JubjubExtendedPoint Double(in JubjubExtendedPoint p) => p.DoubleCompleted().ToExtended();

    public static JubjubExtendedPoint Negate(in JubjubExtendedPoint p) =>
        new(Fr.Negate(p.X), p.Y, p.Z, Fr.Negate(p.T));

    public static JubjubExtendedPoint MultiplyByCofactor(in JubjubExtendedPoint p) =>
        p.DoubleCompleted().Double().Double().ToExtended();

    public static JubjubExtendedPoint operator +(in JubjubExtendedPoint p, in JubjubExtendedPoint q) => Add(p, q);
    public static JubjubExtendedPoint operator -(in JubjubExtendedPoint p, in JubjubExtendedPoint q) => Subtract(p, q);
    public static JubjubExtendedPoint operator -(in JubjubExtendedPoint p) => Negate(p);
    public static bool operator ==(in JubjubExtendedPoint p, in JubjubExtendedPoint q) => p.Equals(q);
    public static bool operator !=(in JubjubExtendedPoint p, in JubjubExtendedPoint q) => !p.Equals(q);

    /// <summary>Same point: X1·Z2 = X2·Z1 and Y1·Z2 = Y2·Z1, no inversion.</summary>
    public bool Equals(JubjubExtendedPoint other) =>
        X * other.Z == other.X * Z && Y * other.Z == other.Y * Z;

    public override bool Equals(object? obj) => obj is JubjubExtendedPoint p && Equals(p);

    // Equal points have different representations, so hashing needs the affine form.
    public override int GetHashCode() => ToAffine().GetHashCode();

    public override string ToString() => ToAffine().ToString();

    /// <summary>The multiplicand form of this point for additions: (Y+X, Y−X, 2Z, 2d'·T).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal JubjubCachedPoint ToCached() =>
        new(Y + X, Y - X, Fr.Double(Z), T * JubjubModel.TwoDPrime);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal JubjubCompletedPoint AddCompleted(in JubjubCachedPoint q)
    {
        var a = (Y - X) * q.YMinusX;
        var b = (Y + X) * q.YPlusX;
        var c = T * q.T2D;
        var d = Z * q.Z2;
        return new JubjubCompletedPoint(b - a, d - c, d + c, b + a);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal JubjubCompletedPoint SubtractCompleted(in JubjubCachedPoint q)
    {
        // −Q swaps Y+X with Y−X and negates T.
        var a = (Y - X) * q.YPlusX;
        var b = (Y + X) * q.YMinusX;
        var c = T * q.T2D;
        var d = Z * q.Z2;
        return new JubjubCompletedPoint(b - a, d + c, d - c, b + a);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal JubjubCompletedPoint AddCompleted(in JubjubNielsPoint q)
    {
        var a = (Y - X) * q.YMinusX;
        var b = (Y + X) * q.YPlusX;
        var c = T * q.XY2D;
        var d = Fr.Double(Z);
        return new JubjubCompletedPoint(b - a, d - c, d + c, b + a);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal JubjubCompletedPoint SubtractCompleted(in JubjubNielsPoint q)
    {
        var a = (Y - X) * q.YPlusX;
        var b = (Y + X) * q.YMinusX;
        var c = T * q.XY2D;
        var d = Fr.Double(Z);
        return new JubjubCompletedPoint(b - a, d + c, d - c, b + a);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal JubjubCompletedPoint DoubleCompleted() => JubjubCompletedPoint.DoubleOf(X, Y, Z);
}
