using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.Fields;

namespace Rollup.Prover.Curves;

/// <summary>
/// A point of G1 = E(Fp): y^2 = x^3 + 3, in Jacobian coordinates (x = X/Z^2, y = Y/Z^3), so
/// additions need no field inversion. Z = 0 is the point at infinity. The curve has prime
/// order r (cofactor 1), so every point on it is in G1.
/// </summary>
public readonly struct G1 : IEquatable<G1>
{
    public readonly Fp X, Y, Z;

    /// <summary>Raw Jacobian coordinates, not validated.</summary>
    public G1(in Fp x, in Fp y, in Fp z)
    {
        X = x; Y = y; Z = z;
    }

    /// <summary>The curve coefficient b = 3.</summary>
    public static readonly Fp B = Fp.FromUInt64(3);

    public static readonly G1 Infinity = new(Fp.One, Fp.One, Fp.Zero);
    public static readonly G1 Generator = new(Fp.One, Fp.FromUInt64(2), Fp.One);

    public bool IsInfinity => Z.IsZero;

    /// <summary>Y^2 = X^3 + b·Z^6, the curve equation with the denominators cleared.</summary>
    public bool IsOnCurve
    {
        get
        {
            if (IsInfinity) return true;
            var z2 = Fp.Square(Z);
            var z6 = Fp.Square(z2) * z2;
            return Fp.Square(Y) == Fp.Square(X) * X + B * z6;
        }
    }

    /// <summary>The order r of G1, which is the scalar-field modulus.</summary>
    public static readonly BigInteger Order = Fr.Modulus.ToBigInteger();

    /// <summary>dbl-2009-l (a = 0): 2M + 5S.</summary>
    public static G1 Double(in G1 p)
    {
        if (p.IsInfinity || p.Y.IsZero) return Infinity;
        var a = Fp.Square(p.X);
        var b = Fp.Square(p.Y);
        var c = Fp.Square(b);
        var d = Fp.Double(Fp.Square(p.X + b) - a - c);
        var e = Fp.Double(a) + a;
        var f = Fp.Square(e);
        var x3 = f - Fp.Double(d);
        var c8 = Fp.Double(Fp.Double(Fp.Double(c)));
        var y3 = e * (d - x3) - c8;
        var z3 = Fp.Double(p.Y * p.Z);
        return new G1(x3, y3, z3);
    }

    /// <summary>add-2007-bl; falls back to doubling when both inputs are the same point.</summary>
    public static G1 Add(in G1 p, in G1 q)
    {
        if (p.IsInfinity) return q;
        if (q.IsInfinity) return p;
        var z1z1 = Fp.Square(p.Z);
        var z2z2 = Fp.Square(q.Z);
        var u1 = p.X * z2z2;
        var u2 = q.X * z1z1;
        var s1 = p.Y * q.Z * z2z2;
        var s2 = q.Y * p.Z * z1z1;
        var h = u2 - u1;
        var rr = Fp.Double(s2 - s1);
        if (h.IsZero)
            return rr.IsZero ? Double(p) : Infinity;
        var i = Fp.Square(Fp.Double(h));
        var j = h * i;
        var v = u1 * i;
        var x3 = Fp.Square(rr) - j - Fp.Double(v);
        var y3 = rr * (v - x3) - Fp.Double(s1 * j);
        var z3 = (Fp.Square(p.Z + q.Z) - z1z1 - z2z2) * h;
        return new G1(x3, y3, z3);
    }

    /// <summary>madd-2007-bl: adding an affine point (Z = 1) saves the work on its Z.</summary>
    public static G1 AddMixed(in G1 p, in G1Affine q)
    {
        if (q.IsInfinity) return p;
        if (p.IsInfinity) return q.ToJacobian();
        var z1z1 = Fp.Square(p.Z);
        var u2 = q.X * z1z1;
        var s2 = q.Y * p.Z * z1z1;
        var h = u2 - p.X;
        var rr = Fp.Double(s2 - p.Y);
        if (h.IsZero)
            return rr.IsZero ? Double(p) : Infinity;
        var hh = Fp.Square(h);
        var i = Fp.Double(Fp.Double(hh));
        var j = h * i;
        var v = p.X * i;
        var x3 = Fp.Square(rr) - j - Fp.Double(v);
        var y3 = rr * (v - x3) - Fp.Double(p.Y * j);
        var z3 = Fp.Square(p.Z + h) - z1z1 - hh;
        return new G1(x3, y3, z3);
    }

    public static G1 Negate(in G1 p) => new(p.X, -p.Y, p.Z);

    /// <summary>[k]P for any integer k (negative k negates); k is not reduced, so [r]P is computed as is.</summary>
    public static G1 Multiply(in G1 p, BigInteger k)
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
    public static G1 Multiply(in G1 p, in Fr k)
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

    public G1Affine ToAffine()
    {
        if (IsInfinity) return G1Affine.Infinity;
        var zi = Fp.Inverse(Z);
        var zi2 = Fp.Square(zi);
        return new G1Affine(X * zi2, Y * zi2 * zi);
    }

    public static G1 operator +(in G1 p, in G1 q) => Add(p, q);
    public static G1 operator -(in G1 p, in G1 q) => Add(p, Negate(q));
    public static G1 operator -(in G1 p) => Negate(p);
    public static G1 operator *(in G1 p, in Fr k) => Multiply(p, k);
    public static bool operator ==(in G1 a, in G1 b) => a.Equals(b);
    public static bool operator !=(in G1 a, in G1 b) => !a.Equals(b);

    /// <summary>Equality of the points, not of the coordinates: X1·Z2^2 = X2·Z1^2 and Y1·Z2^3 = Y2·Z1^3.</summary>
    public bool Equals(G1 other)
    {
        if (IsInfinity || other.IsInfinity) return IsInfinity && other.IsInfinity;
        var z1z1 = Fp.Square(Z);
        var z2z2 = Fp.Square(other.Z);
        return X * z2z2 == other.X * z1z1 && Y * z2z2 * other.Z == other.Y * z1z1 * Z;
    }

    public override bool Equals(object? obj) => obj is G1 o && Equals(o);
    public override int GetHashCode() => ToAffine().GetHashCode();
    public override string ToString() => ToAffine().ToString();
}
