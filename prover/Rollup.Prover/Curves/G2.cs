using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.Fields;
using F = Rollup.Prover.Curves.JacobianFormulas<Rollup.Prover.Fields.Fp2>;

namespace Rollup.Prover.Curves;

/// <summary>
/// A point on the D-type sextic twist E'(Fp2): y^2 = x^3 + 3/ξ with ξ = 9 + u, in Jacobian
/// coordinates (x = X/Z^2, y = Y/Z^3). Z = 0 is the point at infinity. E'(Fp2) has order
/// r·(2p - r), so a point on the curve is in G2 only if <see cref="IsInSubgroup"/> holds;
/// untrusted points must be checked.
/// </summary>
public readonly struct G2 : IEquatable<G2>, IJacobianPoint<G2, G2Affine>, IJacobianCoordinates<Fp2>
{
    public readonly Fp2 X, Y, Z;

    /// <summary>Raw Jacobian coordinates, not validated.</summary>
    public G2(in Fp2 x, in Fp2 y, in Fp2 z)
    {
        X = x; Y = y; Z = z;
    }

    private G2((Fp2 X, Fp2 Y, Fp2 Z) c) : this(c.X, c.Y, c.Z)
    {
    }

    /// <summary>The twist coefficient b' = 3/ξ.</summary>
    public static readonly Fp2 B = Fp2.MulByFp(Fp2.Inverse(Fp2.Xi), Fp.FromUInt64(3));

    public static readonly G2 Infinity = new(Fp2.One, Fp2.One, Fp2.Zero);
    /// <summary>The standard generator (EIP-197, snarkjs' G2.g).</summary>
    public static readonly G2 Generator = G2Affine.Generator.ToJacobian();

    /// <summary>The order r of G1 and G2, which is the scalar-field modulus.</summary>
    public static readonly BigInteger Order = Fr.Modulus.ToBigInteger();

    static G2 IJacobianPoint<G2, G2Affine>.Infinity => Infinity;

    public bool IsInfinity => Z.IsZero;

    public bool IsOnCurve => F.IsOnCurve(X, Y, Z, B);

    /// <summary>On the twist and killed by r: the membership test for G2 (the twist has a large cofactor).</summary>
    public bool IsInSubgroup => IsOnCurve && Multiply(this, Order).IsInfinity;

    public static G2 Double(in G2 p) => new(F.Double(p.X, p.Y, p.Z));

    public static G2 Add(in G2 p, in G2 q) => new(F.Add(p.X, p.Y, p.Z, q.X, q.Y, q.Z));

    public static G2 AddMixed(in G2 p, in G2Affine q) => q.IsInfinity ? p : new(F.AddMixed(p.X, p.Y, p.Z, q.X, q.Y));

    public static G2 Negate(in G2 p) => new(p.X, -p.Y, p.Z);

    /// <summary>[k]P for any integer k (negative k negates); k is not reduced, so [r]P is computed as is.</summary>
    public static G2 Multiply(in G2 p, BigInteger k) => ScalarMultiplication.Multiply<G2, G2Affine>(p, k);

    /// <summary>[k]P for a scalar-field element.</summary>
    public static G2 Multiply(in G2 p, in Fr k) => ScalarMultiplication.Multiply<G2, G2Affine>(p, k);

    public static G2 FromAffine(in G2Affine p) => p.ToJacobian();

    public static void BatchToAffine(ReadOnlySpan<G2> points, Span<G2Affine> result) =>
        F.BatchToAffine<G2, G2Affine>(points, result);

    Fp2 IJacobianCoordinates<Fp2>.JacobianX => X;

    Fp2 IJacobianCoordinates<Fp2>.JacobianY => Y;

    Fp2 IJacobianCoordinates<Fp2>.JacobianZ => Z;

    public G2Affine ToAffine()
    {
        if (IsInfinity) return G2Affine.Infinity;
        var (x, y) = F.ToAffine(X, Y, Z);
        return new G2Affine(x, y);
    }

    public static G2 operator +(in G2 p, in G2 q) => Add(p, q);
    public static G2 operator -(in G2 p, in G2 q) => Add(p, Negate(q));
    public static G2 operator -(in G2 p) => Negate(p);
    public static G2 operator *(in G2 p, in Fr k) => Multiply(p, k);
    public static bool operator ==(in G2 a, in G2 b) => a.Equals(b);
    public static bool operator !=(in G2 a, in G2 b) => !a.Equals(b);

    /// <summary>Equality of the points, not of the coordinates.</summary>
    public bool Equals(G2 other) => F.Equal(X, Y, Z, other.X, other.Y, other.Z);

    public override bool Equals(object? obj) => obj is G2 o && Equals(o);
    public override int GetHashCode() => ToAffine().GetHashCode();
    public override string ToString() => ToAffine().ToString();
}
