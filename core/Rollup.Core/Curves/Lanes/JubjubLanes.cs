using System.Runtime.Intrinsics;
using Rollup.Core.Fields;
using Rollup.Core.Fields.Lanes;
using F = Rollup.Core.Fields.Lanes.Montgomery8<Rollup.Core.Fields.FrModulus>;

namespace Rollup.Core.Curves.Lanes;

/// <summary>
/// The formulas of <see cref="JubjubExtendedPoint"/> (a = −1 model, complete) on eight points at
/// once, and the two scalar multiplications EdDSA verification needs, with a different scalar
/// in every lane: a two-point Straus combination over 4-bit signed windows, and a fixed-base
/// multiplication by Base8 from <see cref="Base8Table"/>. Table entries are chosen per lane by
/// masked selects over all candidates, since lanes cannot branch apart.
/// </summary>
internal static class JubjubLanes
{
    private const int WindowBits = 4;
    private const int Entries = 1 << (WindowBits - 1);

    /// <summary>Addends per point table of <see cref="LinearCombination"/>.</summary>
    public const int TableEntries = Entries;

    public static void ToExtended(in JubjubCompleted8 c, out JubjubExtended8 p)
    {
        F.Mul(c.E, c.F, out p.X);
        F.Mul(c.G, c.H, out p.Y);
        F.Mul(c.F, c.G, out p.Z);
        F.Mul(c.E, c.H, out p.T);
    }

    /// <summary>2·(X : Y : Z): four squarings, T not needed.</summary>
    public static void Double(in Lanes8 x, in Lanes8 y, in Lanes8 z, out JubjubCompleted8 r)
    {
        F.Mul(x, x, out var a);
        F.Mul(y, y, out var b);
        F.Mul(z, z, out var c);
        F.Add(c, c, out c);
        F.Add(x, y, out var e);
        F.Mul(e, e, out e);
        F.Sub(e, a, out e);
        F.Sub(e, b, out r.E);
        F.Sub(b, a, out r.G);
        F.Sub(r.G, c, out r.F);
        F.Add(a, b, out var h);
        Lanes8 zero = default;
        F.Sub(zero, h, out r.H);
    }

    /// <summary>A completed point doubled again, materialising only X, Y, Z (three products) in between.</summary>
    public static void Double(in JubjubCompleted8 c, out JubjubCompleted8 r)
    {
        F.Mul(c.E, c.F, out var x);
        F.Mul(c.G, c.H, out var y);
        F.Mul(c.F, c.G, out var z);
        Double(x, y, z, out r);
    }

    public static void Add(in JubjubExtended8 p, in JubjubAddend8 q, out JubjubCompleted8 r)
    {
        F.Sub(p.Y, p.X, out var a);
        F.Mul(a, q.YMinusX, out a);
        F.Add(p.Y, p.X, out var b);
        F.Mul(b, q.YPlusX, out b);
        F.Mul(p.T, q.T2D, out var c);
        F.Mul(p.Z, q.Z2, out var d);
        F.Sub(b, a, out r.E);
        F.Sub(d, c, out r.F);
        F.Add(d, c, out r.G);
        F.Add(b, a, out r.H);
    }

    public static void ToAddend(in JubjubExtended8 p, out JubjubAddend8 q)
    {
        F.Add(p.Y, p.X, out q.YPlusX);
        F.Sub(p.Y, p.X, out q.YMinusX);
        F.Add(p.Z, p.Z, out q.Z2);
        Lanes8.Broadcast(JubjubModel.TwoDPrime, out var twoD);
        F.Mul(p.T, twoD, out q.T2D);
    }

    /// <summary>The identity as an addend: (1, 1, 2, 0).</summary>
    public static void IdentityAddend(out JubjubAddend8 q)
    {
        Lanes8.Broadcast(Fr.One, out q.YPlusX);
        q.YMinusX = q.YPlusX;
        F.Add(q.YPlusX, q.YPlusX, out q.Z2);
        q.T2D = default;
    }

    /// <summary>−q in the lanes of mask: swap Y+X and Y−X, negate 2d'·T.</summary>
    public static void NegateWhere(Vector512<ulong> mask, ref JubjubAddend8 q)
    {
        var plus = q.YPlusX;
        Lanes8.Select(mask, q.YMinusX, plus, out q.YPlusX);
        Lanes8.Select(mask, plus, q.YMinusX, out q.YMinusX);
        Lanes8 zero = default;
        F.Sub(zero, q.T2D, out var negated);
        Lanes8.Select(mask, negated, q.T2D, out q.T2D);
    }

    public static void Select(Vector512<ulong> mask, in JubjubAddend8 ifTrue, ref JubjubAddend8 r)
    {
        Lanes8.Select(mask, ifTrue.YPlusX, r.YPlusX, out r.YPlusX);
        Lanes8.Select(mask, ifTrue.YMinusX, r.YMinusX, out r.YMinusX);
        Lanes8.Select(mask, ifTrue.Z2, r.Z2, out r.Z2);
        Lanes8.Select(mask, ifTrue.T2D, r.T2D, out r.T2D);
    }

    /// <summary>
    /// a_k·P_k + b_k·Q_k in lane k (Straus): one run of doublings for both, then per 4-bit signed
    /// window each lane adds its own multiple of P and of Q (or the identity) from tables of
    /// 1·P .. 8·P, built in tables (2·<see cref="TableEntries"/> addends, 512 bytes per coordinate
    /// each, so the caller provides them). Scalars are below 2^255.
    /// </summary>
    public static void LinearCombination(in JubjubExtended8 p, ReadOnlySpan<UInt256> a, in JubjubExtended8 q, ReadOnlySpan<UInt256> b,
        Span<JubjubAddend8> tables, out JubjubCompleted8 result)
    {
        var tableP = tables[..Entries];
        var tableQ = tables.Slice(Entries, Entries);
        Multiples(p, tableP);
        Multiples(q, tableQ);

        int bits = 1;
        for (int k = 0; k < 8; k++) bits = Math.Max(bits, Math.Max(BitLength(a[k]), BitLength(b[k])));
        // Signed digits carry into the next window, so one bit more must be covered.
        int windows = (bits + WindowBits) / WindowBits;
        Span<sbyte> digitsA = stackalloc sbyte[8 * windows];
        Span<sbyte> digitsB = stackalloc sbyte[8 * windows];
        for (int k = 0; k < 8; k++)
        {
            Recode(a[k], windows, digitsA.Slice(k * windows, windows));
            Recode(b[k], windows, digitsB.Slice(k * windows, windows));
        }

        Identity(out var acc);
        JubjubCompleted8 sum = default;
        bool started = false;
        for (int w = windows - 1; w >= 0; w--)
        {
            if (started)
            {
                Double(acc.X, acc.Y, acc.Z, out sum);
                for (int i = 1; i < WindowBits; i++) Double(sum, out sum);
                ToExtended(sum, out acc);
            }
            started = true;
            SelectDigit(tableP, digitsA, windows, w, out var addP);
            Add(acc, addP, out sum);
            ToExtended(sum, out acc);
            SelectDigit(tableQ, digitsB, windows, w, out var addQ);
            Add(acc, addQ, out sum);
            if (w > 0) ToExtended(sum, out acc);
        }
        result = sum;
    }

    /// <summary>
    /// k_k·Base8 in lane k from <see cref="Base8Table"/>'s signed radix-2^6 windows: one table
    /// addition per window and no doublings, each lane reading its own entry.
    /// </summary>
    public static void MultiplyBase8(ReadOnlySpan<UInt256> k, out JubjubExtended8 result)
    {
        FixedTables8 tables = default;
        for (int lane = 0; lane < 8; lane++) tables[lane] = Base8Table.Table;
        Identity(out result);
        MultiplyAddFixed(ref result, k, tables);
    }

    /// <summary>
    /// acc + k_k·P_k in lane k, from P_k's fixed-base table (every lane's of the same width and
    /// window count): one table addition per window and no doublings.
    /// </summary>
    public static void MultiplyAddFixed(ref JubjubExtended8 acc, ReadOnlySpan<UInt256> k, in FixedTables8 tables)
    {
        var first = tables[0];
        int windows = first.WindowCount;
        int half = first.EntriesPerWindow;
        Span<sbyte> digits = stackalloc sbyte[8 * windows];
        for (int lane = 0; lane < 8; lane++) tables[lane].Recode(k[lane], digits.Slice(lane * windows, windows));

        var identity = JubjubNielsPoint.Identity;
        Span<int> index = stackalloc int[8];
        Lanes8.Broadcast(Fr.Double(Fr.One), out var two);
        Span<bool> negative = stackalloc bool[8];
        for (int w = 0; w < windows; w++)
        {
            for (int lane = 0; lane < 8; lane++)
            {
                int d = digits[lane * windows + w];
                negative[lane] = d < 0;
                index[lane] = d == 0 ? -1 : w * half + Math.Abs(d) - 1;
            }
            ref readonly var e0 = ref Entry(tables[0].Entries, index[0], identity);
            ref readonly var e1 = ref Entry(tables[1].Entries, index[1], identity);
            ref readonly var e2 = ref Entry(tables[2].Entries, index[2], identity);
            ref readonly var e3 = ref Entry(tables[3].Entries, index[3], identity);
            ref readonly var e4 = ref Entry(tables[4].Entries, index[4], identity);
            ref readonly var e5 = ref Entry(tables[5].Entries, index[5], identity);
            ref readonly var e6 = ref Entry(tables[6].Entries, index[6], identity);
            ref readonly var e7 = ref Entry(tables[7].Entries, index[7], identity);
            JubjubAddend8 addend;
            Lanes8.Load(in e0.YPlusX, in e1.YPlusX, in e2.YPlusX, in e3.YPlusX, in e4.YPlusX, in e5.YPlusX, in e6.YPlusX, in e7.YPlusX, out addend.YPlusX);
            Lanes8.Load(in e0.YMinusX, in e1.YMinusX, in e2.YMinusX, in e3.YMinusX, in e4.YMinusX, in e5.YMinusX, in e6.YMinusX, in e7.YMinusX, out addend.YMinusX);
            Lanes8.Load(in e0.XY2D, in e1.XY2D, in e2.XY2D, in e3.XY2D, in e4.XY2D, in e5.XY2D, in e6.XY2D, in e7.XY2D, out addend.T2D);
            addend.Z2 = two;
            NegateWhere(LaneMask(negative), ref addend);
            Add(acc, addend, out var sum);
            ToExtended(sum, out acc);
        }
    }

    /// <summary>The identity (0 : 1 : 1 : 0) in every lane.</summary>
    public static void Identity(out JubjubExtended8 p)
    {
        p = default;
        Lanes8.Broadcast(Fr.One, out p.Y);
        p.Z = p.Y;
    }

    private static ref readonly JubjubNielsPoint Entry(ReadOnlySpan<JubjubNielsPoint> table, int index, in JubjubNielsPoint identity) =>
        ref index < 0 ? ref identity : ref table[index];

    /// <summary>table[j] = (j + 1)·P as addends.</summary>
    private static void Multiples(in JubjubExtended8 p, Span<JubjubAddend8> table)
    {
        ToAddend(p, out table[0]);
        Double(p.X, p.Y, p.Z, out var twice);
        ToExtended(twice, out var current);
        ToAddend(current, out table[1]);
        for (int j = 2; j < table.Length; j++)
        {
            Add(current, table[0], out var next);
            ToExtended(next, out current);
            ToAddend(current, out table[j]);
        }
    }

    /// <summary>Each lane's entry for its digit of window w: ±table[|d| − 1], or the identity for 0.</summary>
    private static void SelectDigit(ReadOnlySpan<JubjubAddend8> table, ReadOnlySpan<sbyte> digits, int windows, int w, out JubjubAddend8 addend)
    {
        Span<long> magnitudes = stackalloc long[8];
        Span<bool> negative = stackalloc bool[8];
        for (int lane = 0; lane < 8; lane++)
        {
            int d = digits[lane * windows + w];
            magnitudes[lane] = Math.Abs(d);
            negative[lane] = d < 0;
        }
        var magnitude = Vector512.Create<long>(magnitudes).AsUInt64();
        IdentityAddend(out addend);
        for (int j = 0; j < table.Length; j++)
            Select(Vector512.Equals(magnitude, Vector512.Create((ulong)(j + 1))), table[j], ref addend);
        NegateWhere(LaneMask(negative), ref addend);
    }

    private static Vector512<ulong> LaneMask(ReadOnlySpan<bool> lanes)
    {
        Span<ulong> mask = stackalloc ulong[8];
        for (int k = 0; k < 8; k++) mask[k] = lanes[k] ? ulong.MaxValue : 0;
        return Vector512.Create<ulong>(mask);
    }

    private static int BitLength(in UInt256 k) =>
        k.L3 != 0 ? 256 - (int)ulong.LeadingZeroCount(k.L3)
        : k.L2 != 0 ? 192 - (int)ulong.LeadingZeroCount(k.L2)
        : k.L1 != 0 ? 128 - (int)ulong.LeadingZeroCount(k.L1)
        : 64 - (int)ulong.LeadingZeroCount(k.L0);

    /// <summary>Signed 4-bit digits in [−8, 8], least significant first, Σ d_i·16^i = k.</summary>
    private static void Recode(in UInt256 k, int windows, Span<sbyte> digits)
    {
        int carry = 0;
        for (int w = 0; w < windows; w++)
        {
            int offset = w * WindowBits;
            int limb = offset >> 6;
            int value = limb < 4 ? (int)((k.Limb(limb) >> (offset & 63)) & 0xF) : 0;
            value += carry;
            carry = value > Entries ? 1 : 0;
            digits[w] = (sbyte)(value - (carry << WindowBits));
        }
    }
}
