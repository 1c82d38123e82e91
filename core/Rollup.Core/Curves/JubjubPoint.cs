using Rollup.Core.Fields;

namespace Rollup.Core.Curves;

/// <summary>
/// An affine Baby Jubjub point (x, y) in circomlib's coordinates, the form that crosses every
/// boundary: vectors, hashes, circuits, the wire. The constructor does not validate; use
/// <see cref="IsOnCurve"/> on untrusted input. Arithmetic here pays one inversion per call;
/// chains of operations belong in <see cref="JubjubExtendedPoint"/>.
/// </summary>
public readonly partial struct JubjubPoint : IEquatable<JubjubPoint>
{
    public Fr X { get; }
    public Fr Y { get; }

    public JubjubPoint(in Fr x, in Fr y)
    {
        X = x;
        Y = y;
    }

    /// <summary>The neutral element (0, 1).</summary>
    public static JubjubPoint Identity => new(Fr.Zero, Fr.One);

    public bool IsIdentity => X.IsZero && Y.IsOne;

    /// <summary>a·x² + y² = 1 + d·x²·y².</summary>
    public bool IsOnCurve
    {
        get
        {
            var x2 = Fr.Square(X);
            var y2 = Fr.Square(Y);
            var lhs = BabyJubjub.A * x2 + y2;
            var rhs = Fr.One + BabyJubjub.D * x2 * y2;
            return lhs == rhs;
        }
    }

    /// <summary>On the curve and of order 1 or l, i.e. l·P is the identity.</summary>
    public bool IsInPrimeSubgroup =>
        IsOnCurve && JubjubExtendedPoint.Multiply(JubjubExtendedPoint.FromAffine(this), BabyJubjub.SubOrder).IsIdentity;

    public JubjubExtendedPoint ToExtended() => JubjubExtendedPoint.FromAffine(this);

    public static JubjubPoint Add(in JubjubPoint p, in JubjubPoint q) =>
        (JubjubExtendedPoint.FromAffine(p) + JubjubExtendedPoint.FromAffine(q)).ToAffine();

    public static JubjubPoint Subtract(in JubjubPoint p, in JubjubPoint q) =>
        (JubjubExtendedPoint.FromAffine(p) - JubjubExtendedPoint.FromAffine(q)).ToAffine();

    public static JubjubPoint Double(in JubjubPoint p) => JubjubExtendedPoint.Double(JubjubExtendedPoint.FromAffine(p)).ToAffine();

    public static JubjubPoint Negate(in JubjubPoint p) => new(Fr.Negate(p.X), p.Y);

    /// <summary>k·P for any k; P must be on the curve. Variable time.</summary>
    public static JubjubPoint Multiply(in JubjubPoint p, in UInt256 k) =>
        JubjubExtendedPoint.Multiply(JubjubExtendedPoint.FromAffine(p), k).ToAffine();

    /// <summary>8·P, which lies in the prime-order subgroup for every point on the curve.</summary>
    public static JubjubPoint MultiplyByCofactor(in JubjubPoint p) =>
        JubjubExtendedPoint.MultiplyByCofactor(JubjubExtendedPoint.FromAffine(p)).ToAffine();

    public static JubjubPoint operator +(in JubjubPoint p, in JubjubPoint q) => Add(p, q);
    public static JubjubPoint operator -(in JubjubPoint p, in JubjubPoint q) => Subtract(p, q);
    public static JubjubPoint operator -(in JubjubPoint p) => Negate(p);
    public static JubjubPoint operator *(in UInt256 k, in JubjubPoint p) => Multiply(p, k);
    public static bool operator ==(in JubjubPoint p, in JubjubPoint q) => p.Equals(q);
    public static bool operator !=(in JubjubPoint p, in JubjubPoint q) => !p.Equals(q);

    public bool Equals(JubjubPoint other) => X == other.X && Y == other.Y;
    public override bool Equals(object? obj) => obj is JubjubPoint p && Equals(p);
    public override int GetHashCode() => HashCode.Combine(X, Y);
    public override string ToString() => $"({X}, {Y})";
}
