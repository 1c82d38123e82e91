namespace Rollup.SettlementClient.Signing.Curve;

/// <summary>
/// A point as (X, Y, Z) standing for (X/Z², Y/Z³), so additions need no inversion. The formulas
/// are the a = 0 ones (secp256k1 is y² = x³ + 7) and have no branches; the point at infinity
/// has no representation here: callers that can meet it track it in a mask of their own.
/// </summary>
internal readonly struct JacobianPoint(FieldElement x, FieldElement y, FieldElement z)
{
    public readonly FieldElement X = x;
    public readonly FieldElement Y = y;
    public readonly FieldElement Z = z;

    public static JacobianPoint FromAffine(in AffinePoint p) => new(p.X, p.Y, FieldElement.One);

    /// <summary>mask all ones: a; mask zero: b.</summary>
    public static JacobianPoint Select(ulong mask, in JacobianPoint a, in JacobianPoint b) => new(
        FieldElement.Select(mask, a.X, b.X),
        FieldElement.Select(mask, a.Y, b.Y),
        FieldElement.Select(mask, a.Z, b.Z));

    /// <summary>2P (dbl-2009-l, 2M + 5S). Valid for every finite P: y = 0 has no point on this curve.</summary>
    public static JacobianPoint Double(in JacobianPoint p)
    {
        var a = FieldElement.Square(p.X);
        var b = FieldElement.Square(p.Y);
        var c = FieldElement.Square(b);
        var xb = FieldElement.Add(p.X, b);
        var d = FieldElement.Double(FieldElement.Sub(FieldElement.Sub(FieldElement.Square(xb), a), c));
        var e = FieldElement.Add(FieldElement.Double(a), a);
        var f = FieldElement.Square(e);
        var x3 = FieldElement.Sub(f, FieldElement.Double(d));
        var c8 = FieldElement.Double(FieldElement.Double(FieldElement.Double(c)));
        var y3 = FieldElement.Sub(FieldElement.Mul(e, FieldElement.Sub(d, x3)), c8);
        var z3 = FieldElement.Double(FieldElement.Mul(p.Y, p.Z));
        return new JacobianPoint(x3, y3, z3);
    }

    /// <summary>
    /// P + Q with Q affine (8M + 3S). Only for P ≠ ±Q: the formula then divides by nothing that can
    /// vanish. Callers guarantee that by construction (see <see cref="GeneratorTable"/>).
    /// </summary>
    public static JacobianPoint AddAffine(in JacobianPoint p, in AffinePoint q)
    {
        var z1z1 = FieldElement.Square(p.Z);
        var u2 = FieldElement.Mul(q.X, z1z1);
        var s2 = FieldElement.Mul(q.Y, FieldElement.Mul(p.Z, z1z1));
        var h = FieldElement.Sub(u2, p.X);
        var r = FieldElement.Sub(s2, p.Y);
        var hh = FieldElement.Square(h);
        var hhh = FieldElement.Mul(h, hh);
        var v = FieldElement.Mul(p.X, hh);
        var x3 = FieldElement.Sub(FieldElement.Sub(FieldElement.Square(r), hhh), FieldElement.Double(v));
        var y3 = FieldElement.Sub(FieldElement.Mul(r, FieldElement.Sub(v, x3)), FieldElement.Mul(p.Y, hhh));
        var z3 = FieldElement.Mul(p.Z, h);
        return new JacobianPoint(x3, y3, z3);
    }

    /// <summary>(X/Z², Y/Z³) with one constant-time inversion.</summary>
    public AffinePoint ToAffine()
    {
        var zInverse = FieldElement.Inverse(Z);
        var zInverse2 = FieldElement.Square(zInverse);
        return new AffinePoint(FieldElement.Mul(X, zInverse2), FieldElement.Mul(Y, FieldElement.Mul(zInverse2, zInverse)));
    }
}
