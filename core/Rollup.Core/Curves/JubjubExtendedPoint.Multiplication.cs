using Rollup.Core.Fields;

namespace Rollup.Core.Curves;

public readonly partial struct JubjubExtendedPoint
{
    // Width 5: a table of 8 odd multiples and ~n/6 additions; wider windows cost more to prepare
    // than they save on 251-bit scalars.
    private const int NafWidth = 5;
    private const int OddMultiples = 1 << (NafWidth - 2);

    /// <summary>
    /// k·P for any 256-bit k (reduced modulo the group order 8·l, which every point's order divides).
    /// Variable time: for public scalars.
    /// </summary>
    public static JubjubExtendedPoint Multiply(in JubjubExtendedPoint p, in UInt256 k) =>
        p.MultiplyReduced(JubjubScalar.ReduceModOrder(k));

    /// <summary>k·P for k &lt; 2^255 that the caller has already reduced as far as it wants.</summary>
    internal JubjubExtendedPoint MultiplyReduced(in UInt256 k) => MultiplyReducedCompleted(k).ToExtended();

    internal JubjubCompletedPoint MultiplyReducedCompleted(in UInt256 k)
    {
        Span<sbyte> digits = stackalloc sbyte[WindowedNaf.MaxDigits];
        int top = WindowedNaf.Recode(k, NafWidth, digits);
        var acc = JubjubCompletedPoint.Identity;
        if (top == 0) return acc;

        Span<JubjubCachedPoint> odd = stackalloc JubjubCachedPoint[OddMultiples];
        FillOddMultiples(odd);

        for (int i = top - 1; i >= 0; i--)
        {
            if (i < top - 1) acc = acc.Double();
            int digit = digits[i];
            if (digit > 0) acc = acc.ToExtended().AddCompleted(odd[digit >> 1]);
            else if (digit < 0) acc = acc.ToExtended().SubtractCompleted(odd[-digit >> 1]);
        }
        return acc;
    }

    /// <summary>P, 3P, 5P, ... as addends.</summary>
    private void FillOddMultiples(Span<JubjubCachedPoint> odd)
    {
        var twice = DoubleCompleted().ToExtended().ToCached();
        var current = this;
        odd[0] = current.ToCached();
        for (int i = 1; i < odd.Length; i++)
        {
            current = current.AddCompleted(twice).ToExtended();
            odd[i] = current.ToCached();
        }
    }

    public static JubjubExtendedPoint operator *(in UInt256 k, in JubjubExtendedPoint p) => Multiply(p, k);
}
