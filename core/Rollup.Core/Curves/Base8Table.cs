using Rollup.Core.Fields;

namespace Rollup.Core.Curves;

/// <summary>
/// Fixed-base multiplication by Base8 with signed radix-2^6 digits: window i holds j·2^(6i)·Base8
/// for j = 1..32 as affine addends, so k·Base8 is 42 table additions and no doublings. The table
/// (42·32 entries of 96 bytes, ~130 KB) is built on first use with a single field inversion.
/// </summary>
internal static class Base8Table
{
    private const int Width = 6;
    private const int Half = 1 << (Width - 1);

    // 42·6 = 252 bits. Digits lie in [−31, 32]; for k < 2^251 the top window holds at most
    // 31 plus a carry, so no carry leaves the last window.
    private const int Windows = 42;

    internal static readonly FixedBaseTable Table = FixedBaseTable.Build(JubjubExtendedPoint.FromAffine(BabyJubjub.Base8), Width, Windows);

    /// <summary>Window i's entries j·2^(6i)·Base8, j = 1..32, at [i·32 + j − 1] (for the lane-parallel multiplication).</summary>
    internal static ReadOnlySpan<JubjubNielsPoint> Entries => Table.Entries;

    internal const int WindowCount = Windows;
    internal const int EntriesPerWindow = Half;

    /// <summary>k·Base8 for k &lt; l. Variable time: the table index follows k.</summary>
    public static JubjubExtendedPoint Multiply(in UInt256 k) => Table.MultiplyAdd(JubjubExtendedPoint.Identity, k);

    /// <summary>
    /// k·Base8 for a secret k &lt; l: every window reads all 32 entries and keeps one by masking, so
    /// the memory access pattern does not depend on k. The field arithmetic underneath is not
    /// constant time (its final reductions branch), so this narrows the side channel, not closes it.
    /// </summary>
    public static JubjubExtendedPoint MultiplySecret(in UInt256 k)
    {
        Span<sbyte> digits = stackalloc sbyte[Windows];
        Recode(k, digits);
        var acc = JubjubExtendedPoint.Identity;
        var table = Table.Entries;
        for (int i = 0; i < Windows; i++)
        {
            int d = digits[i];
            int sign = d >> 31;
            int magnitude = (d ^ sign) - sign;
            var entry = Select(table.Slice(i * Half, Half), magnitude);
            acc = acc.AddCompleted(ConditionalNegate(entry, sign)).ToExtended();
        }
        return acc;
    }

    internal static void Recode(in UInt256 k, Span<sbyte> digits) => Table.Recode(k, digits);

    /// <summary>Entry magnitude − 1 of the window, or the identity for 0, touching every entry.</summary>
    private static JubjubNielsPoint Select(ReadOnlySpan<JubjubNielsPoint> window, int magnitude)
    {
        var id = JubjubNielsPoint.Identity;
        ulong p0 = id.YPlusX.M0, p1 = id.YPlusX.M1, p2 = id.YPlusX.M2, p3 = id.YPlusX.M3;
        ulong m0 = id.YMinusX.M0, m1 = id.YMinusX.M1, m2 = id.YMinusX.M2, m3 = id.YMinusX.M3;
        ulong t0 = 0, t1 = 0, t2 = 0, t3 = 0;
        for (int j = 0; j < window.Length; j++)
        {
            // All ones when j + 1 == magnitude, computed without a branch.
            ulong diff = (ulong)(uint)((j + 1) ^ magnitude);
            ulong mask = (diff - 1) >> 63;
            mask = 0UL - mask;
            ref readonly var e = ref window[j];
            p0 ^= (p0 ^ e.YPlusX.M0) & mask; p1 ^= (p1 ^ e.YPlusX.M1) & mask;
            p2 ^= (p2 ^ e.YPlusX.M2) & mask; p3 ^= (p3 ^ e.YPlusX.M3) & mask;
            m0 ^= (m0 ^ e.YMinusX.M0) & mask; m1 ^= (m1 ^ e.YMinusX.M1) & mask;
            m2 ^= (m2 ^ e.YMinusX.M2) & mask; m3 ^= (m3 ^ e.YMinusX.M3) & mask;
            t0 ^= (t0 ^ e.XY2D.M0) & mask; t1 ^= (t1 ^ e.XY2D.M1) & mask;
            t2 ^= (t2 ^ e.XY2D.M2) & mask; t3 ^= (t3 ^ e.XY2D.M3) & mask;
        }
        return new JubjubNielsPoint(new Fr(p0, p1, p2, p3), new Fr(m0, m1, m2, m3), new Fr(t0, t1, t2, t3));
    }

    /// <summary>−entry when sign is −1 (swap Y+X with Y−X, negate 2d'·u·v), entry when it is 0.</summary>
    private static JubjubNielsPoint ConditionalNegate(in JubjubNielsPoint e, int sign)
    {
        ulong mask = (ulong)(long)sign;
        var negT = Fr.Negate(e.XY2D);
        static Fr Pick(in Fr a, in Fr b, ulong mask) => new(
            a.M0 ^ ((a.M0 ^ b.M0) & mask), a.M1 ^ ((a.M1 ^ b.M1) & mask),
            a.M2 ^ ((a.M2 ^ b.M2) & mask), a.M3 ^ ((a.M3 ^ b.M3) & mask));
        return new JubjubNielsPoint(Pick(e.YPlusX, e.YMinusX, mask), Pick(e.YMinusX, e.YPlusX, mask), Pick(e.XY2D, negT, mask));
    }
}
