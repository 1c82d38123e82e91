using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.Fields;

namespace Rollup.Prover.Curves;

/// <summary>
/// A point on the D-type sextic twist E'(Fp2): y^2 = x^3 + 3/ξ with ξ = 9 + u, in Jacobian
/// coordinates (x = X/Z^2, y = Y/Z^3). Z = 0 is the point at infinity. E'(Fp2) has order
/// r·(2p - r), so a point on the curve is in G2 only if <see cref="IsInSubgroup"/> holds;
/// untrusted points must be checked.
/// </summary>
public readonly struct G2 : IEquatable<G2>
{
    public readonly Fp2 X, Y, Z;

    /// <summary>Raw Jacobian coordinates, not validated.</summary>
    public G2(in Fp2 x, in Fp2 y, in Fp2 z)
    {
        X = x; Y = y; Z = z;
    }

    /// <summary>The twist coefficient b' = 3/ξ.</summary>
    public static readonly Fp2 B = Fp2.MulByFp(Fp2.Inverse(Fp2.Xi), Fp.FromUInt64(3));

    public static readonly G2 Infinity = new(Fp2.One, Fp2.One, Fp2.Zero);
    /// <summary>The standard generator (EIP-197, snarkjs' G2.g).</summary>
    public static readonly G2 Generator = G2Affine.Generator.ToJacobian();

    /// <summary>The order r of G1 and G2, which is the scalar-field modulus.</summary>
    public static readonly BigInteger Order = Fr.Modulus.ToBigInteger();

    public bool IsInfinity => Z.IsZero;

    /// <summary>Y^2 = X^3 + b·Z^6, the curve equation with the denominators cleared.</summary>
    public bool IsOnCurve
    {
        get
        {
            if (IsInfinity) return true;
            var z2 = Fp2.Square(Z);
            var z6 = Fp2.Square(z2) * z2;
            return Fp2.Square(Y) == Fp2.Square(X) * X + B * z6;
        }
    }

    /// <summary>On the twist and killed by r: the membership test for G2 (the twist has a large cofactor).</summary>
    public bool IsInSubgroup => IsOnCurve && Multiply(this, Order).IsInfinity;

    /// <summary>dbl-2009-l (a = 0): 2M + 5S.</summary>
    public static G2 Double(in G2 p)
    {
        if (p.IsInfinity || p.Y.IsZero) return Infinity;
        var a = Fp2.Square(p.X);
        var b = Fp2.Square(p.Y);
        var c = Fp2.Square(b);
        var d = Fp2.Double(Fp2.Square(p.X + b) - a - c);
        var e = Fp2.Double(a) + a;
        var f = Fp2.Square(e);
        var x3 = f - Fp2.Double(d);
        var c8 = Fp2.Double(Fp2.Double(Fp2.Double(c)));
        var y3 = e * (d - x3) - c8;
        var z3 = Fp2.Double(p.Y * p.Z);
        return new G2(x3, y3, z3);
    }

    /// <summary>add-2007-bl; falls back to doubling when both inputs are the same point.</summary>
    public static G2 Add(in G2 p, in G2 q)
    {
        if (p.IsInfinity) return q;
        if (q.IsInfinity) return p;
        var z1z1 = Fp2.Square(p.Z);
        var z2z2 = Fp2.Square(q.Z);
        var u1 = p.X * z2z2;
        var u2 = q.X * z1z1;
        var s1 = p.Y * q.Z * z2z2;
        var s2 = q.Y * p.Z * z1z1;
        var h = u2 - u1;
        var rr = Fp2.Double(s2 - s1);
        if (h.IsZero)
            return rr.IsZero ? Double(p) : Infinity;
        var i = Fp2.Square(Fp2.Double(h));
        var j = h * i;
        var v = u1 * i;
        var x3 = Fp2.Square(rr) - j - Fp2.Double(v);
        var y3 = rr * (v - x3) - Fp2.Double(s1 * j);
        var z3 = (Fp2.Square(p.Z + q.Z) - z1z1 - z2z2) * h;
        return new G2(x3, y3, z3);
    }

    /// <summary>madd-2007-bl: adding an affine point (Z = 1) saves the work on its Z.</summary>
    public static G2 AddMixed(in G2 p, in G2Affine q)
    {
        if (q.IsInfinity) return p;
        if (p.IsInfinity) return q.ToJacobian();
        var z1z1 = Fp2.Square(p.Z);
        var u2 = q.X * z1z1;
        var s2 = q.Y * p.Z * z1z1;
        var h = u2 - p.X;
        var rr = Fp2.Double(s2 - p.Y);
        if (h.IsZero)
            return rr.IsZero ? Double(p) : Infinity;
        var hh = Fp2.Square(h);
        var i = Fp2.Double(Fp2.Double(hh));
        var j = h * i;
        var v = p.X * i;
        var x3 = Fp2.Square(rr) - j - Fp2.Double(v);
        var y3 = rr * (v - x3) - Fp2.Double(p.Y * j);
        var z3 = Fp2.Square(p.Z + h) - z1z1 - hh;
        return new G2(x3, y3, z3);
    }

    public static G2 Negate(in G2 p) => new(p.X, -p.Y, p.Z);

    /// <summary>[k]P for any integer k (negative k negates); k is not reduced, so [r]P is computed as is.</summary>
    public static G2 Multiply(in G2 p, BigInteger k)
    {
        if (k.Sign < 0) return Negate(Multiply(p, -k));
        var bytes = k.ToByteArray(isUnsigned: true, isBigEndian: true);
        var acc = Infinity;
        foreach (var b in bytes)
        {
            for (int bit = 7; bit >= 0; bit--)
            {
                acc = Double(acc);
                if (((b >> bit) & 1) != 0) acc = Add(acc, p);
            }
        }
        return acc;
    }

    /// <summary>[k]P for a scalar-field element, by double-and-add over its canonical bits.</summary>
    public static G2 Multiply(in G2 p, in Fr k)
    {
        var e = k.ToUInt256();
        var acc = Infinity;
        for (int bit = e.BitLength - 1; bit >= 0; bit--)
        {
            acc = Double(acc);
            if (e.Bit(bit)) acc = Add(acc, p);
        }
        return acc;
    }

    public G2Affine ToAffine()
    {
        if (IsInfinity) return G2Affine.Infinity;
        var zi = Fp2.Inverse(Z);
        var zi2 = Fp2.Square(zi);
        return new G2Affine(X * zi2, Y * zi2 * zi);
    }

    public static G2 operator +(in G2 p, in G2 q) => Add(p, q);
    public static G2 operator -(in G2 p, in G2 q) => Add(p, Negate(q));
    public static G2 operator -(in G2 p) => Negate(p);
    public static G2 operator *(in G2 p, in Fr k) => Multiply(p, k);
    public static bool operator ==(in G2 a, in G2 b) => a.Equals(b);
    public static bool operator !=(in G2 a, in G2 b) => !a.Equals(b);

    /// <summary>Equality of the points, not of the coordinates: X1·Z2^2 = X2·Z1^2 and Y1·Z2^3 = Y2·Z1^3.</summary>
    public bool Equals(G2 other)
    {
        if (IsInfinity || other.IsInfinity) return IsInfinity && other.IsInfinity;
        var z1z1 = Fp2.Square(Z);
        var z2z2 = Fp2.Square(other.Z);
        return X * z2z2 == other.X * z1z1 && Y * z2z2 * other.Z == other.Y * z1z1 * Z;
    }

    public override bool Equals(object? obj) => obj is G2 o && Equals(o);
    public override int GetHashCode() => ToAffine().GetHashCode();
    public override string ToString() => ToAffine().ToString();
}
