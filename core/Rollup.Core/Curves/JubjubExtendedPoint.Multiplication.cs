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
    private JubjubExtendedPoint MultiplyReduced(in UInt256 k)
    {
        Span<sbyte> digits = stackalloc sbyte[WindowedNaf.MaxDigits];
        int top = WindowedNaf.Recode(k, NafWidth, digits);
        var acc = JubjubCompletedPoint.Identity;
        if (top == 0) return acc.ToExtended();

        Span<JubjubCachedPoint> odd = stackalloc JubjubCachedPoint[OddMultiples];
        FillOddMultiples(odd);

        for (int i = top - 1; i >= 0; i--)
        {
            if (i < top - 1) acc = acc.Double();
            int digit = digits[i];
            if (digit > 0) acc = acc.ToExtended().AddCompleted(odd[digit >> 1]);
            else if (digit < 0) acc = acc.ToExtended().SubtractCompleted(odd[-digit >> 1]);
        }
        return acc.ToExtended();
    }

    /// <summary>
    /// a·P + b·Q for a, b &lt; 2^255 (Straus): one run of doublings shared by both scalars, so two
    /// half-length scalars cost about as many doublings as one of them alone.
    /// </summary>
    internal static JubjubCompletedPoint LinearCombination(in JubjubExtendedPoint p, in UInt256 a, in JubjubExtendedPoint q, in UInt256 b)
    {
        Span<sbyte> digitsA = stackalloc sbyte[WindowedNaf.MaxDigits];
        Span<sbyte> digitsB = stackalloc sbyte[WindowedNaf.MaxDigits];
        int top = Math.Max(WindowedNaf.Recode(a, NafWidth, digitsA), WindowedNaf.Recode(b, NafWidth, digitsB));
        var acc = JubjubCompletedPoint.Identity;
        if (top == 0) return acc;

        Span<JubjubCachedPoint> oddP = stackalloc JubjubCachedPoint[OddMultiples];
        Span<JubjubCachedPoint> oddQ = stackalloc JubjubCachedPoint[OddMultiples];
        p.FillOddMultiples(oddP);
        q.FillOddMultiples(oddQ);

        for (int i = top - 1; i >= 0; i--)
        {
            if (i < top - 1) acc = acc.Double();
            int da = digitsA[i];
            if (da > 0) acc = acc.ToExtended().AddCompleted(oddP[da >> 1]);
            else if (da < 0) acc = acc.ToExtended().SubtractCompleted(oddP[-da >> 1]);
            int db = digitsB[i];
            if (db > 0) acc = acc.ToExtended().AddCompleted(oddQ[db >> 1]);
            else if (db < 0) acc = acc.ToExtended().SubtractCompleted(oddQ[-db >> 1]);
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
