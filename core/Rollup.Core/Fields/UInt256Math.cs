namespace Rollup.Core.Fields;

/// <summary>Plain (non-modular) 256-bit integer helpers for scalar bookkeeping outside any field.</summary>
internal static class UInt256Math
{
    /// <summary>a · 2^s mod 2^256, for 0 &lt;= s &lt; 256.</summary>
    public static UInt256 ShiftLeft(in UInt256 a, int s)
    {
        Span<ulong> src = [a.L0, a.L1, a.L2, a.L3];
        Span<ulong> dst = stackalloc ulong[4];
        int limbs = s >> 6;
        int bits = s & 63;
        for (int i = 3; i >= 0; i--)
        {
            int j = i - limbs;
            ulong v = j >= 0 ? src[j] << bits : 0;
            if (bits != 0 && j - 1 >= 0) v |= src[j - 1] >> (64 - bits);
            dst[i] = v;
        }
        return new UInt256(dst[0], dst[1], dst[2], dst[3]);
    }

    public static UInt256 ShiftRightOne(in UInt256 a) => new(
        (a.L0 >> 1) | (a.L1 << 63),
        (a.L1 >> 1) | (a.L2 << 63),
        (a.L2 >> 1) | (a.L3 << 63),
        a.L3 >> 1);

    /// <summary>
    /// Replaces n by n mod d and returns ⌊n / d⌋, which the caller knows fits in 128 bits.
    /// Shift-and-subtract: cheap when the quotient is short, as in Euclid's algorithm.
    /// </summary>
    public static UInt128 DivRem(ref UInt256 n, in UInt256 d)
    {
        int shift = n.BitLength - d.BitLength;
        if (shift < 0) return UInt128.Zero;
        UInt128 q = UInt128.Zero;
        var m = ShiftLeft(d, shift);
        for (int s = shift; s >= 0; s--)
        {
            if (n >= m)
            {
                n = UInt256.Subtract(n, m, out _);
                q |= UInt128.One << s;
            }
            m = ShiftRightOne(m);
        }
        return q;
    }
}
