using System.Numerics;
using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Gadgets.Jubjub;

/// <summary>
/// k·Base8 from the bits of k with precomputed constants, no doublings. The bits are cut into
/// segments of 126 and each segment into 3-bit windows; window t of segment s looks up
/// (j + 1)·8^t·2^(126s)·Base8 for its digit j (3 constraints), and the lookups of a segment are
/// summed with Montgomery additions (3 constraints each), then the segments are joined in
/// Edwards form and the constant offset Σ 8^t is taken off. About 2 constraints per bit.
/// <para>
/// Why the incomplete Montgomery additions cannot fail: a segment is summed from its top window
/// down, and its top window adds an extra 8^top (digit j + 2), so before window t is added the
/// running scalar a is at least 2·8^top &gt; 8^(t+1) &gt;= e, the scalar being added, and a + e stays
/// below 9·8^41 + Σ 8^(t+1) &lt; 2^128 &lt; l. Hence 0 &lt; a − e &lt; a + e &lt; l: the two points are
/// neither equal nor opposite in the group of prime order l and no sum is the identity. The
/// final join and the offset use the complete Edwards law, since the segments' sum does wrap.
/// </para>
/// </summary>
public static class FixedBaseMultiplication
{
    public const int MaxBits = SegmentCount * SegmentBits;

    private const int SegmentCount = 2;
    private const int SegmentBits = 126;
    private const int WindowBits = 3;
    private const int WindowsPerSegment = SegmentBits / WindowBits;

    // Entries 1..9 times the window base: windows use 1..8, top windows 2..9.
    private const int EntriesPerWindow = (1 << WindowBits) + 1;

    private static readonly Lazy<(Fr U, Fr V)[]> Table = new(Build);

    /// <summary>k·Base8 for k given by 1..252 boolean bits, least significant first.</summary>
    public static EdwardsPoint MultiplyBase8(ConstraintSystem cs, ReadOnlySpan<LinearCombination> bits)
    {
        ArgumentNullException.ThrowIfNull(cs);
        if (bits.Length < 1 || bits.Length > MaxBits)
            throw new ArgumentException($"fixed-base multiplication takes 1..{MaxBits} bits, got {bits.Length}", nameof(bits));
        var table = Table.Value;
        var sum = default(EdwardsPoint);
        var offset = BigInteger.Zero;
        for (int s = 0; s * SegmentBits < bits.Length; s++)
        {
            var segment = bits.Slice(s * SegmentBits, Math.Min(SegmentBits, bits.Length - s * SegmentBits));
            int top = (segment.Length + WindowBits - 1) / WindowBits - 1;
            var acc = Lookup(cs, Window(segment, top), table, s, top, firstEntry: 1);
            for (int t = top - 1; t >= 0; t--)
                acc = MontgomeryGadget.Add(cs, acc, Lookup(cs, Window(segment, t), table, s, t, firstEntry: 0));

            var segmentOffset = BigInteger.Pow(8, top);
            for (int t = 0; t <= top; t++) segmentOffset += BigInteger.Pow(8, t);
            offset += segmentOffset << (s * SegmentBits);

            var edwards = MontgomeryGadget.ToEdwards(cs, acc);
            sum = s == 0 ? edwards : EdwardsGadget.Add(cs, sum, edwards);
        }
        var correction = BabyJubjub.MultiplyBase8(UInt256.FromBigInteger(offset % BabyJubjub.SubOrder.ToBigInteger()));
        return EdwardsGadget.AddConstant(cs, sum, JubjubPoint.Negate(correction));
    }

    private static ReadOnlySpan<LinearCombination> Window(ReadOnlySpan<LinearCombination> segment, int t) =>
        segment.Slice(t * WindowBits, Math.Min(WindowBits, segment.Length - t * WindowBits));

    /// <summary>
    /// Entry j (the window's bits read as a number) of window t: a multilinear polynomial in the
    /// bits with constant coefficients. b0·b1 costs one constraint; a third bit multiplies the
    /// difference of two such polynomials, one constraint per coordinate.
    /// </summary>
    private static MontgomeryPoint Lookup(ConstraintSystem cs, ReadOnlySpan<LinearCombination> bits, (Fr U, Fr V)[] table, int segment, int window, int firstEntry)
    {
        var entries = table.AsSpan(((segment * WindowsPerSegment) + window) * EntriesPerWindow + firstEntry, 1 << bits.Length);
        int index = 0;
        for (int i = 0; i < bits.Length; i++) if (!cs.Value(bits[i]).IsZero) index |= 1 << i;

        if (bits.Length == 1)
            return new(Line(bits[0], entries[0].U, entries[1].U), Line(bits[0], entries[0].V, entries[1].V));

        LinearCombination b01 = cs.Multiply(bits[0], bits[1]);
        var lowU = Bilinear(bits[0], bits[1], b01, entries[0].U, entries[1].U, entries[2].U, entries[3].U);
        var lowV = Bilinear(bits[0], bits[1], b01, entries[0].V, entries[1].V, entries[2].V, entries[3].V);
        if (bits.Length == 2) return new(lowU, lowV);

        var highU = Bilinear(bits[0], bits[1], b01, entries[4].U, entries[5].U, entries[6].U, entries[7].U);
        var highV = Bilinear(bits[0], bits[1], b01, entries[4].V, entries[5].V, entries[6].V, entries[7].V);
        var u = cs.AllocatePrivate(entries[index].U);
        var v = cs.AllocatePrivate(entries[index].V);
        cs.Enforce(bits[2], highU - lowU, u - lowU);
        cs.Enforce(bits[2], highV - lowV, v - lowV);
        return new(u, v);
    }

    private static LinearCombination Line(in LinearCombination b, in Fr c0, in Fr c1) => c0 + b * (c1 - c0);

    private static LinearCombination Bilinear(in LinearCombination b0, in LinearCombination b1, in LinearCombination b01, in Fr c0, in Fr c1, in Fr c2, in Fr c3) =>
        c0 + b0 * (c1 - c0) + b1 * (c2 - c0) + b01 * (c3 - c2 - c1 + c0);

    private static (Fr U, Fr V)[] Build()
    {
        var table = new (Fr U, Fr V)[SegmentCount * WindowsPerSegment * EntriesPerWindow];
        var windowBase = BabyJubjub.Base8;
        for (int w = 0; w < SegmentCount * WindowsPerSegment; w++)
        {
            var multiple = windowBase;
            for (int k = 0; k < EntriesPerWindow; k++)
            {
                table[w * EntriesPerWindow + k] = MontgomeryGadget.ToMontgomery(multiple);
                multiple = JubjubPoint.Add(multiple, windowBase);
            }
            for (int i = 0; i < WindowBits; i++) windowBase = JubjubPoint.Double(windowBase);
        }
        return table;
    }
}
