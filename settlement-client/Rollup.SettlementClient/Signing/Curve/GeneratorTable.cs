namespace Rollup.SettlementClient.Signing.Curve;

/// <summary>
/// Fixed-base multiplication k·G with no doublings: k is read as 64 hexadecimal digits d_w, and
/// k·G = Σ d_w·16^w·G adds one precomputed affine point per digit. The table holds d·16^w·G for
/// every window w and digit d in 1..15 (960 points, 61 KB), built once on first use.
/// Side channels: every lookup reads all 15 entries of its window and keeps the right one with a
/// mask, and every window performs the same addition whether its digit is zero or not (the
/// result is then selected by mask), so neither memory access nor branches depend on k.
/// </summary>
internal static class GeneratorTable
{
    private const int Windows = 64;
    private const int Digits = 15;

    private static readonly AffinePoint[] Entries = Build();

    /// <summary>
    /// k·G for k in [1, n-1]. The mixed addition has no case for P = ±Q, and none arises: before
    /// window w the accumulator is a·G with 1 ≤ a &lt; 16^w, the entry is d·16^w·G, so a ≠ d·16^w
    /// and a + d·16^w &lt; 16^(w+1), which reaches n only in the last window with k = n itself.
    /// </summary>
    public static JacobianPoint Multiply(in Scalar k)
    {
        if (k.IsZero) throw new ArgumentException("the scalar must be in [1, n-1]", nameof(k));
        var entries = Entries;
        var acc = default(JacobianPoint);
        ulong accIsInfinity = ulong.MaxValue;
        for (int window = 0; window < Windows; window++)
        {
            int digit = k.Nibble(window);
            var entry = Lookup(entries, window, digit);
            var sum = JacobianPoint.AddAffine(acc, entry);
            var next = JacobianPoint.Select(accIsInfinity, JacobianPoint.FromAffine(entry), sum);
            ulong digitIsZero = 0UL - (((ulong)digit - 1) >> 63);
            acc = JacobianPoint.Select(digitIsZero, acc, next);
            accIsInfinity &= digitIsZero;
        }
        return acc;
    }

    /// <summary>digit·16^window·G, or (0, 0) for digit 0, reading every entry of the window.</summary>
    private static AffinePoint Lookup(AffinePoint[] entries, int window, int digit)
    {
        ulong x0 = 0, x1 = 0, x2 = 0, x3 = 0, y0 = 0, y1 = 0, y2 = 0, y3 = 0;
        int start = window * Digits;
        for (int i = 0; i < Digits; i++)
        {
            ref readonly var e = ref entries[start + i];
            ulong mask = 0UL - (((ulong)(uint)((i + 1) ^ digit) - 1) >> 63);
            x0 |= e.X.L0 & mask;
            x1 |= e.X.L1 & mask;
            x2 |= e.X.L2 & mask;
            x3 |= e.X.L3 & mask;
            y0 |= e.Y.L0 & mask;
            y1 |= e.Y.L1 & mask;
            y2 |= e.Y.L2 & mask;
            y3 |= e.Y.L3 & mask;
        }
        return new AffinePoint(new FieldElement(x0, x1, x2, x3), new FieldElement(y0, y1, y2, y3));
    }

    private static AffinePoint[] Build()
    {
        var entries = new AffinePoint[Windows * Digits];
        var multiples = new JacobianPoint[Digits];
        var windowBase = AffinePoint.Generator;
        for (int window = 0; window < Windows; window++)
        {
            // multiples[i] = (i + 1)·B; adding B to j·B with 2 ≤ j ≤ 14 never meets ±B.
            multiples[0] = JacobianPoint.FromAffine(windowBase);
            multiples[1] = JacobianPoint.Double(multiples[0]);
            for (int i = 2; i < Digits; i++) multiples[i] = JacobianPoint.AddAffine(multiples[i - 1], windowBase);
            var nextBase = JacobianPoint.Double(multiples[7]);
            Normalize(multiples, entries.AsSpan(window * Digits, Digits));
            if (window + 1 < Windows) windowBase = nextBase.ToAffine();
        }
        return entries;
    }

    /// <summary>Affine forms of many points with one inversion (Montgomery's trick); public data, so speed over uniformity.</summary>
    private static void Normalize(ReadOnlySpan<JacobianPoint> points, Span<AffinePoint> affine)
    {
        var prefix = new FieldElement[points.Length];
        prefix[0] = points[0].Z;
        for (int i = 1; i < points.Length; i++) prefix[i] = FieldElement.Mul(prefix[i - 1], points[i].Z);
        var inverse = FieldElement.Inverse(prefix[^1]);
        for (int i = points.Length - 1; i >= 0; i--)
        {
            var zInverse = i == 0 ? inverse : FieldElement.Mul(inverse, prefix[i - 1]);
            inverse = FieldElement.Mul(inverse, points[i].Z);
            var zInverse2 = FieldElement.Square(zInverse);
            affine[i] = new AffinePoint(
                FieldElement.Mul(points[i].X, zInverse2),
                FieldElement.Mul(points[i].Y, FieldElement.Mul(zInverse2, zInverse)));
        }
    }
}
