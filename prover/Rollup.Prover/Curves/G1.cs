using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.Fields;
using F = Rollup.Prover.Curves.JacobianFormulas<Rollup.Prover.Fields.Fp>;

namespace Rollup.Prover.Curves;

/// <summary>
/// A point of G1 = E(Fp): y^2 = x^3 + 3, in Jacobian coordinates (x = X/Z^2, y = Y/Z^3), so
/// additions need no field inversion. Z = 0 is the point at infinity. The curve has prime
/// order r (cofactor 1), so every point on it is in G1.
/// </summary>
public readonly struct G1 : IEquatable<G1>, IJacobianPoint<G1, G1Affine>, IJacobianCoordinates<Fp>
{
    public readonly Fp X, Y, Z;

    /// <summary>Raw Jacobian coordinates, not validated.</summary>
    public G1(in Fp x, in Fp y, in Fp z)
    {
        X = x; Y = y; Z = z;
    }

    private G1((Fp X, Fp Y, Fp Z) c) : this(c.X, c.Y, c.Z)
    {
    }

    /// <summary>The curve coefficient b = 3.</summary>
    public static readonly Fp B = Fp.FromUInt64(3);

    public static readonly G1 Infinity = new(Fp.One, Fp.One, Fp.Zero);
    public static readonly G1 Generator = new(Fp.One, Fp.FromUInt64(2), Fp.One);

    /// <summary>The order r of G1 and G2, which is the scalar-field modulus.</summary>
    public static readonly BigInteger Order = Fr.Modulus.ToBigInteger();

    static G1 IJacobianPoint<G1, G1Affine>.Infinity => Infinity;

    public bool IsInfinity => Z.IsZero;

    public bool IsOnCurve => F.IsOnCurve(X, Y, Z, B);

    public static G1 Double(in G1 p) => new(F.Double(p.X, p.Y, p.Z));

    public static G1 Add(in G1 p, in G1 q) => new(F.Add(p.X, p.Y, p.Z, q.X, q.Y, q.Z));

    public static G1 AddMixed(in G1 p, in G1Affine q) => q.IsInfinity ? p : new(F.AddMixed(p.X, p.Y, p.Z, q.X, q.Y));

    public static G1 Negate(in G1 p) => new(p.X, -p.Y, p.Z);

    /// <summary>[k]P for any integer k (negative k negates); k is not reduced, so [r]P is computed as is.</summary>
    public static G1 Multiply(in G1 p, BigInteger k) => ScalarMultiplication.Multiply<G1, G1Affine>(p, k);

    /// <summary>[k]P for a scalar-field element.</summary>
    public static G1 Multiply(in G1 p, in Fr k) => ScalarMultiplication.Multiply<G1, G1Affine>(p, k);

    public static G1 FromAffine(in G1Affine p) => p.ToJacobian();

    public static void BatchToAffine(ReadOnlySpan<G1> points, Span<G1Affine> result) =>
        F.BatchToAffine<G1, G1Affine>(points, result);

    Fp IJacobianCoordinates<Fp>.JacobianX => X;

    Fp IJacobianCoordinates<Fp>.JacobianY => Y;

    Fp IJacobianCoordinates<Fp>.JacobianZ => Z;

    public G1Affine ToAffine()
    {
        if (IsInfinity) return G1Affine.Infinity;
        var (x, y) = F.ToAffine(X, Y, Z);
        return new G1Affine(x, y);
    }

    public static G1 operator +(in G1 p, in G1 q) => Add(p, q);
    public static G1 operator -(in G1 p, in G1 q) => Add(p, Negate(q));
    public static G1 operator -(in G1 p) => Negate(p);
    public static G1 operator *(in G1 p, in Fr k) => Multiply(p, k);
    public static bool operator ==(in G1 a, in G1 b) => a.Equals(b);
    public static bool operator !=(in G1 a, in G1 b) => !a.Equals(b);

    /// <summary>Equality of the points, not of the coordinates.</summary>
    public bool Equals(G1 other) => F.Equal(X, Y, Z, other.X, other.Y, other.Z);

    public override bool Equals(object? obj) => obj is G1 o && Equals(o);
    public override int GetHashCode() => ToAffine().GetHashCode();
    public override string ToString() => ToAffine().ToString();
}
