using Rollup.Prover.Fields;

namespace Rollup.Prover.Curves;

/// <summary>
/// Short-Weierstrass formulas for a = 0 curves in Jacobian coordinates (x = X/Z², y = Y/Z³,
/// Z = 0 is infinity), written once for G1 over Fp and G2 over Fp2.
/// </summary>
internal static class JacobianFormulas<TF> where TF : struct, IFieldElement<TF>
{
    public static (TF X, TF Y, TF Z) Infinity => (TF.One, TF.One, TF.Zero);

    /// <summary>Y² = X³ + b·Z⁶, the curve equation with the denominators cleared.</summary>
    public static bool IsOnCurve(in TF x, in TF y, in TF z, in TF b)
    {
        if (z.IsZero) return true;
        var z2 = TF.Square(z);
        var z6 = TF.Mul(TF.Square(z2), z2);
        return TF.Square(y).Equals(TF.Add(TF.Mul(TF.Square(x), x), TF.Mul(b, z6)));
    }

    /// <summary>dbl-2009-l (a = 0): 2M + 5S.</summary>
    public static (TF X, TF Y, TF Z) Double(in TF x, in TF y, in TF z)
    {
        if (z.IsZero || y.IsZero) return Infinity;
        var a = TF.Square(x);
        var b = TF.Square(y);
        var c = TF.Square(b);
        var d = TF.Double(TF.Sub(TF.Sub(TF.Square(TF.Add(x, b)), a), c));
        var e = TF.Add(TF.Double(a), a);
        var f = TF.Square(e);
        var x3 = TF.Sub(f, TF.Double(d));
        var c8 = TF.Double(TF.Double(TF.Double(c)));
        var y3 = TF.Sub(TF.Mul(e, TF.Sub(d, x3)), c8);
        var z3 = TF.Double(TF.Mul(y, z));
        return (x3, y3, z3);
    }

    /// <summary>add-2007-bl; falls back to doubling when both inputs are the same point.</summary>
    public static (TF X, TF Y, TF Z) Add(in TF x1, in TF y1, in TF z1, in TF x2, in TF y2, in TF z2)
    {
        if (z1.IsZero) return (x2, y2, z2);
        if (z2.IsZero) return (x1, y1, z1);
        var z1z1 = TF.Square(z1);
        var z2z2 = TF.Square(z2);
        var u1 = TF.Mul(x1, z2z2);
        var u2 = TF.Mul(x2, z1z1);
        var s1 = TF.Mul(TF.Mul(y1, z2), z2z2);
        var s2 = TF.Mul(TF.Mul(y2, z1), z1z1);
        var h = TF.Sub(u2, u1);
        var rr = TF.Double(TF.Sub(s2, s1));
        if (h.IsZero) return rr.IsZero ? Double(x1, y1, z1) : Infinity;
        var i = TF.Square(TF.Double(h));
        var j = TF.Mul(h, i);
        var v = TF.Mul(u1, i);
        var x3 = TF.Sub(TF.Sub(TF.Square(rr), j), TF.Double(v));
        var y3 = TF.Sub(TF.Mul(rr, TF.Sub(v, x3)), TF.Double(TF.Mul(s1, j)));
        var z3 = TF.Mul(TF.Sub(TF.Sub(TF.Square(TF.Add(z1, z2)), z1z1), z2z2), h);
        return (x3, y3, z3);
    }

    /// <summary>madd-2007-bl: adding an affine point (Z = 1) saves the work on its Z.</summary>
    public static (TF X, TF Y, TF Z) AddMixed(in TF x1, in TF y1, in TF z1, in TF x2, in TF y2)
    {
        if (z1.IsZero) return (x2, y2, TF.One);
        var z1z1 = TF.Square(z1);
        var u2 = TF.Mul(x2, z1z1);
        var s2 = TF.Mul(TF.Mul(y2, z1), z1z1);
        var h = TF.Sub(u2, x1);
        var rr = TF.Double(TF.Sub(s2, y1));
        if (h.IsZero) return rr.IsZero ? Double(x1, y1, z1) : Infinity;
        var hh = TF.Square(h);
        var i = TF.Double(TF.Double(hh));
        var j = TF.Mul(h, i);
        var v = TF.Mul(x1, i);
        var x3 = TF.Sub(TF.Sub(TF.Square(rr), j), TF.Double(v));
        var y3 = TF.Sub(TF.Mul(rr, TF.Sub(v, x3)), TF.Double(TF.Mul(y1, j)));
        var z3 = TF.Sub(TF.Sub(TF.Square(TF.Add(z1, h)), z1z1), hh);
        return (x3, y3, z3);
    }

    /// <summary>Equality of the points, not of the coordinates: X1·Z2² = X2·Z1² and Y1·Z2³ = Y2·Z1³.</summary>
    public static bool Equal(in TF x1, in TF y1, in TF z1, in TF x2, in TF y2, in TF z2)
    {
        if (z1.IsZero || z2.IsZero) return z1.IsZero && z2.IsZero;
        var z1z1 = TF.Square(z1);
        var z2z2 = TF.Square(z2);
        return TF.Mul(x1, z2z2).Equals(TF.Mul(x2, z1z1)) &&
               TF.Mul(TF.Mul(y1, z2z2), z2).Equals(TF.Mul(TF.Mul(y2, z1z1), z1));
    }

    /// <summary>Affine coordinates of a finite point (one inversion).</summary>
    public static (TF X, TF Y) ToAffine(in TF x, in TF y, in TF z)
    {
        var zi = TF.Inverse(z);
        var zi2 = TF.Square(zi);
        return (TF.Mul(x, zi2), TF.Mul(TF.Mul(y, zi2), zi));
    }

    /// <summary>Inverts every non-zero value in place with one field inversion (Montgomery's trick); zeros stay zero.</summary>
    public static void BatchInverse(Span<TF> values)
    {
        if (values.Length == 0) return;
        var scratch = System.Buffers.ArrayPool<TF>.Shared.Rent(values.Length);
        try
        {
            BatchInversion.Invert(values, scratch);
        }
        finally
        {
            System.Buffers.ArrayPool<TF>.Shared.Return(scratch);
        }
    }

    /// <summary>Affine forms of many points with one field inversion; points at infinity map to infinity.</summary>
    public static void BatchToAffine<TP, TA>(ReadOnlySpan<TP> points, Span<TA> result)
        where TP : struct, IJacobianCoordinates<TF>
        where TA : struct, IAffinePoint<TA, TF>
    {
        if (result.Length != points.Length) throw new ArgumentException($"{points.Length} points for {result.Length} results", nameof(result));
        var zInverses = System.Buffers.ArrayPool<TF>.Shared.Rent(points.Length);
        try
        {
            for (int i = 0; i < points.Length; i++) zInverses[i] = points[i].JacobianZ;
            BatchInverse(zInverses.AsSpan(0, points.Length));
            for (int i = 0; i < points.Length; i++)
            {
                if (points[i].JacobianZ.IsZero)
                {
                    result[i] = TA.Infinity;
                    continue;
                }
                var (x, y) = AffineFromInverseZ(points[i].JacobianX, points[i].JacobianY, zInverses[i]);
                result[i] = TA.FromCoordinates(x, y);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<TF>.Shared.Return(zInverses);
        }
    }

    /// <summary>Affine coordinates of a finite point given 1/Z.</summary>
    public static (TF X, TF Y) AffineFromInverseZ(in TF x, in TF y, in TF zInverse)
    {
        var zi2 = TF.Square(zInverse);
        return (TF.Mul(x, zi2), TF.Mul(TF.Mul(y, zi2), zInverse));
    }
}
