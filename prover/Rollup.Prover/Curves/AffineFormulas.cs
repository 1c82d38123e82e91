using Rollup.Prover.Fields;

namespace Rollup.Prover.Curves;

/// <summary>
/// Chord and tangent on a = 0 curves in affine coordinates, with the slope's denominator already
/// inverted by the caller: many independent additions then share one field inversion
/// (Montgomery's trick), and each costs 2M + 1S beyond its share of the batch inversion.
/// </summary>
internal static class AffineFormulas<TF> where TF : struct, IFieldElement<TF>
{
    /// <summary>The denominator of the chord's slope, x2 − x1 (non-zero when x1 ≠ x2).</summary>
    public static TF ChordDenominator(in TF x1, in TF x2) => TF.Sub(x2, x1);

    /// <summary>The denominator of the tangent's slope, 2y (non-zero on curves without 2-torsion, as G1 and the twist).</summary>
    public static TF TangentDenominator(in TF y) => TF.Double(y);

    /// <summary>(x1, y1) + (x2, y2) for x1 ≠ x2, given inverse = 1/(x2 − x1).</summary>
    public static (TF X, TF Y) Add(in TF x1, in TF y1, in TF x2, in TF y2, in TF inverse)
    {
        var lambda = TF.Mul(TF.Sub(y2, y1), inverse);
        var x3 = TF.Sub(TF.Sub(TF.Square(lambda), x1), x2);
        var y3 = TF.Sub(TF.Mul(lambda, TF.Sub(x1, x3)), y1);
        return (x3, y3);
    }

    /// <summary>2·(x, y) for y ≠ 0, given inverse = 1/(2y).</summary>
    public static (TF X, TF Y) Double(in TF x, in TF y, in TF inverse)
    {
        var xx = TF.Square(x);
        var lambda = TF.Mul(TF.Add(TF.Double(xx), xx), inverse);
        var x3 = TF.Sub(TF.Square(lambda), TF.Double(x));
        var y3 = TF.Sub(TF.Mul(lambda, TF.Sub(x, x3)), y);
        return (x3, y3);
    }
}
