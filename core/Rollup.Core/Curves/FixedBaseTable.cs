using Rollup.Core.Fields;

namespace Rollup.Core.Curves;

/// <summary>
/// Fixed-base multiplication with signed radix-2^w digits: window i holds j·2^(w·i)·P for
/// j = 1..2^(w−1) as affine addends, so k·P is one table addition per window and no doublings.
/// Built with a single field inversion. Base8 has one (<see cref="Base8Table"/>, w = 6); a
/// verifier keeps one per public key it sees often (w = 4, about 49 KB), which turns the
/// variable-base half of a verification into table additions too.
/// </summary>
internal sealed class FixedBaseTable
{
    private readonly JubjubNielsPoint[] _entries;

    private FixedBaseTable(JubjubNielsPoint[] entries, int width, int windows)
    {
        _entries = entries;
        Width = width;
        WindowCount = windows;
    }

    public int Width { get; }

    public int WindowCount { get; }

    public int EntriesPerWindow => 1 << (Width - 1);

    /// <summary>Window i's entries j·2^(w·i)·P, j = 1..2^(w−1), at [i·2^(w−1) + j − 1].</summary>
    public ReadOnlySpan<JubjubNielsPoint> Entries => _entries;

    /// <summary>Bytes the entries take.</summary>
    public int ByteSize => _entries.Length * 3 * 32;

    /// <summary>The table of P for scalars below 2^(width·windows − 1).</summary>
    public static FixedBaseTable Build(in JubjubExtendedPoint p, int width, int windows)
    {
        int half = 1 << (width - 1);
        var points = new JubjubExtendedPoint[windows * half];
        var windowBase = p;
        for (int i = 0; i < windows; i++)
        {
            var step = windowBase.ToCached();
            var current = windowBase;
            points[i * half] = current;
            for (int j = 1; j < half; j++)
            {
                current = current.AddCompleted(step).ToExtended();
                points[i * half + j] = current;
            }
            // current = 2^(w−1)·base, so one doubling gives the next window's 2^w·base.
            windowBase = current.DoubleCompleted().ToExtended();
        }

        var zInverses = new Fr[points.Length];
        for (int i = 0; i < points.Length; i++) zInverses[i] = points[i].Z;
        Fr.BatchInverse(zInverses);

        var entries = new JubjubNielsPoint[points.Length];
        for (int i = 0; i < points.Length; i++)
            entries[i] = JubjubNielsPoint.FromModel(points[i].X * zInverses[i], points[i].Y * zInverses[i]);
        return new FixedBaseTable(entries, width, windows);
    }

    /// <summary>acc + k·P. Variable time: the table index follows k.</summary>
    public JubjubExtendedPoint MultiplyAdd(in JubjubExtendedPoint acc, in UInt256 k)
    {
        Span<sbyte> digits = stackalloc sbyte[WindowCount];
        Recode(k, digits);
        var sum = acc;
        var table = Entries;
        int half = EntriesPerWindow;
        for (int i = 0; i < digits.Length; i++)
        {
            int d = digits[i];
            if (d > 0) sum = sum.AddCompleted(table[i * half + d - 1]).ToExtended();
            else if (d < 0) sum = sum.SubtractCompleted(table[i * half - d - 1]).ToExtended();
        }
        return sum;
    }

    /// <summary>Signed digits in [−2^(w−1) + 1, 2^(w−1)], least significant first, Σ d_i·2^(w·i) = k.</summary>
    public void Recode(in UInt256 k, Span<sbyte> digits)
    {
        int half = EntriesPerWindow;
        int carry = 0;
        for (int i = 0; i < WindowCount; i++)
        {
            int value = (int)Bits(k, i * Width, Width) + carry;
            carry = (half - value) >>> 31;
            digits[i] = (sbyte)(value - (carry << Width));
        }
    }

    private static ulong Bits(in UInt256 k, int offset, int width)
    {
        int limb = offset >> 6;
        if (limb > 3) return 0;
        int shift = offset & 63;
        ulong v = k.Limb(limb) >> shift;
        if (shift > 64 - width && limb < 3) v |= k.Limb(limb + 1) << (64 - shift);
        return v & ((1UL << width) - 1);
    }
}
