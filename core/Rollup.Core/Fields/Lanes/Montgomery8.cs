using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Rollup.Core.Fields;

namespace Rollup.Core.Fields.Lanes;

/// <summary>
/// Montgomery arithmetic (R = 2^256) on eight elements at once, in the layout of
/// <see cref="Lanes8"/>: the lane-parallel twin of <see cref="Montgomery256{TMod}"/> for the same
/// moduli. Inputs and outputs are fully reduced, with every limb below 2^32. Multiplication is
/// CIOS over eight 32-bit words with the "no-carry" shortcut (the top word of q is below
/// 2^31 − 1): every intermediate t_j + a_j·b_i + carry stays below 2^64.
/// </summary>
public static class Montgomery8<TMod> where TMod : struct, IModulus256
{
    private static Vector512<ulong> Word(int j)
    {
        ulong limb = (j >> 1) switch { 0 => TMod.Q0, 1 => TMod.Q1, 2 => TMod.Q2, _ => TMod.Q3 };
        return Vector512.Create((j & 1) == 0 ? limb & Mask32 : limb >> 32);
    }

    private const ulong Mask32 = 0xFFFF_FFFF;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> MulLow(Vector512<ulong> a, Vector512<ulong> b) =>
        Avx512F.Multiply(a.AsUInt32(), b.AsUInt32());

    /// <summary>r = a·b/R mod q, lane by lane. r may alias a or b.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Mul(in Lanes8 a, in Lanes8 b, out Lanes8 r)
    {
        var mask = Vector512.Create(Mask32);
        var qInv = Vector512.Create(TMod.QInvNeg & Mask32);
        var q0 = Word(0); var q1 = Word(1); var q2 = Word(2); var q3 = Word(3);
        var q4 = Word(4); var q5 = Word(5); var q6 = Word(6); var q7 = Word(7);
        var a0 = a.L0; var a1 = a.L1; var a2 = a.L2; var a3 = a.L3;
        var a4 = a.L4; var a5 = a.L5; var a6 = a.L6; var a7 = a.L7;
        Vector512<ulong> t0 = default, t1 = default, t2 = default, t3 = default, t4 = default, t5 = default, t6 = default, t7 = default;
        // b's limbs are read before r is written, so r may alias b.
        var b0 = b.L0; var b1 = b.L1; var b2 = b.L2; var b3 = b.L3;
        var b4 = b.L4; var b5 = b.L5; var b6 = b.L6; var b7 = b.L7;
        Row(a0, a1, a2, a3, a4, a5, a6, a7, b0, mask, qInv, q0, q1, q2, q3, q4, q5, q6, q7, ref t0, ref t1, ref t2, ref t3, ref t4, ref t5, ref t6, ref t7);
        Row(a0, a1, a2, a3, a4, a5, a6, a7, b1, mask, qInv, q0, q1, q2, q3, q4, q5, q6, q7, ref t0, ref t1, ref t2, ref t3, ref t4, ref t5, ref t6, ref t7);
        Row(a0, a1, a2, a3, a4, a5, a6, a7, b2, mask, qInv, q0, q1, q2, q3, q4, q5, q6, q7, ref t0, ref t1, ref t2, ref t3, ref t4, ref t5, ref t6, ref t7);
        Row(a0, a1, a2, a3, a4, a5, a6, a7, b3, mask, qInv, q0, q1, q2, q3, q4, q5, q6, q7, ref t0, ref t1, ref t2, ref t3, ref t4, ref t5, ref t6, ref t7);
        Row(a0, a1, a2, a3, a4, a5, a6, a7, b4, mask, qInv, q0, q1, q2, q3, q4, q5, q6, q7, ref t0, ref t1, ref t2, ref t3, ref t4, ref t5, ref t6, ref t7);
        Row(a0, a1, a2, a3, a4, a5, a6, a7, b5, mask, qInv, q0, q1, q2, q3, q4, q5, q6, q7, ref t0, ref t1, ref t2, ref t3, ref t4, ref t5, ref t6, ref t7);
        Row(a0, a1, a2, a3, a4, a5, a6, a7, b6, mask, qInv, q0, q1, q2, q3, q4, q5, q6, q7, ref t0, ref t1, ref t2, ref t3, ref t4, ref t5, ref t6, ref t7);
        Row(a0, a1, a2, a3, a4, a5, a6, a7, b7, mask, qInv, q0, q1, q2, q3, q4, q5, q6, q7, ref t0, ref t1, ref t2, ref t3, ref t4, ref t5, ref t6, ref t7);
        Reduce(mask, q0, q1, q2, q3, q4, q5, q6, q7, t0, t1, t2, t3, t4, t5, t6, t7, out r);
    }

    /// <summary>One CIOS row: t = (t + a·bi + m·q) / 2^32, with m making the low word vanish.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Row(
        Vector512<ulong> a0, Vector512<ulong> a1, Vector512<ulong> a2, Vector512<ulong> a3,
        Vector512<ulong> a4, Vector512<ulong> a5, Vector512<ulong> a6, Vector512<ulong> a7,
        Vector512<ulong> bi, Vector512<ulong> mask, Vector512<ulong> qInv,
        Vector512<ulong> q0, Vector512<ulong> q1, Vector512<ulong> q2, Vector512<ulong> q3,
        Vector512<ulong> q4, Vector512<ulong> q5, Vector512<ulong> q6, Vector512<ulong> q7,
        ref Vector512<ulong> t0, ref Vector512<ulong> t1, ref Vector512<ulong> t2, ref Vector512<ulong> t3,
        ref Vector512<ulong> t4, ref Vector512<ulong> t5, ref Vector512<ulong> t6, ref Vector512<ulong> t7)
    {
        var s = t0 + MulLow(a0, bi);
        var carryA = s >> 32;
        var low = s & mask;
        var m = MulLow(low, qInv);
        var carryQ = (low + MulLow(m, q0)) >> 32;
        s = t1 + MulLow(a1, bi) + carryA; carryA = s >> 32; s = (s & mask) + MulLow(m, q1) + carryQ; carryQ = s >> 32; t0 = s & mask;
        s = t2 + MulLow(a2, bi) + carryA; carryA = s >> 32; s = (s & mask) + MulLow(m, q2) + carryQ; carryQ = s >> 32; t1 = s & mask;
        s = t3 + MulLow(a3, bi) + carryA; carryA = s >> 32; s = (s & mask) + MulLow(m, q3) + carryQ; carryQ = s >> 32; t2 = s & mask;
        s = t4 + MulLow(a4, bi) + carryA; carryA = s >> 32; s = (s & mask) + MulLow(m, q4) + carryQ; carryQ = s >> 32; t3 = s & mask;
        s = t5 + MulLow(a5, bi) + carryA; carryA = s >> 32; s = (s & mask) + MulLow(m, q5) + carryQ; carryQ = s >> 32; t4 = s & mask;
        s = t6 + MulLow(a6, bi) + carryA; carryA = s >> 32; s = (s & mask) + MulLow(m, q6) + carryQ; carryQ = s >> 32; t5 = s & mask;
        s = t7 + MulLow(a7, bi) + carryA; carryA = s >> 32; s = (s & mask) + MulLow(m, q7) + carryQ; carryQ = s >> 32; t6 = s & mask;
        t7 = carryQ + carryA;
    }

    /// <summary>r = a + b mod q.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Add(in Lanes8 a, in Lanes8 b, out Lanes8 r)
    {
        var mask = Vector512.Create(Mask32);
        var s0 = a.L0 + b.L0; var c = s0 >> 32; s0 &= mask;
        var s1 = a.L1 + b.L1 + c; c = s1 >> 32; s1 &= mask;
        var s2 = a.L2 + b.L2 + c; c = s2 >> 32; s2 &= mask;
        var s3 = a.L3 + b.L3 + c; c = s3 >> 32; s3 &= mask;
        var s4 = a.L4 + b.L4 + c; c = s4 >> 32; s4 &= mask;
        var s5 = a.L5 + b.L5 + c; c = s5 >> 32; s5 &= mask;
        var s6 = a.L6 + b.L6 + c; c = s6 >> 32; s6 &= mask;
        // a + b < 2q < 2^255: no carry leaves the top word.
        var s7 = a.L7 + b.L7 + c;
        Reduce(mask, Word(0), Word(1), Word(2), Word(3), Word(4), Word(5), Word(6), Word(7), s0, s1, s2, s3, s4, s5, s6, s7, out r);
    }

    /// <summary>r = a − b mod q.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Sub(in Lanes8 a, in Lanes8 b, out Lanes8 r)
    {
        var mask = Vector512.Create(Mask32);
        // A borrow shows as the top bit of the 64-bit lane; shifted down it is 0 or 1.
        var d0 = a.L0 - b.L0; var w = d0 >> 63; d0 &= mask;
        var d1 = a.L1 - b.L1 - w; w = d1 >> 63; d1 &= mask;
        var d2 = a.L2 - b.L2 - w; w = d2 >> 63; d2 &= mask;
        var d3 = a.L3 - b.L3 - w; w = d3 >> 63; d3 &= mask;
        var d4 = a.L4 - b.L4 - w; w = d4 >> 63; d4 &= mask;
        var d5 = a.L5 - b.L5 - w; w = d5 >> 63; d5 &= mask;
        var d6 = a.L6 - b.L6 - w; w = d6 >> 63; d6 &= mask;
        var d7 = a.L7 - b.L7 - w; w = d7 >> 63; d7 &= mask;
        // Add q back where the difference went negative.
        var negative = Vector512<ulong>.Zero - w;
        var s0 = d0 + (Word(0) & negative); var c = s0 >> 32; r.L0 = s0 & mask;
        var s1 = d1 + (Word(1) & negative) + c; c = s1 >> 32; r.L1 = s1 & mask;
        var s2 = d2 + (Word(2) & negative) + c; c = s2 >> 32; r.L2 = s2 & mask;
        var s3 = d3 + (Word(3) & negative) + c; c = s3 >> 32; r.L3 = s3 & mask;
        var s4 = d4 + (Word(4) & negative) + c; c = s4 >> 32; r.L4 = s4 & mask;
        var s5 = d5 + (Word(5) & negative) + c; c = s5 >> 32; r.L5 = s5 & mask;
        var s6 = d6 + (Word(6) & negative) + c; c = s6 >> 32; r.L6 = s6 & mask;
        r.L7 = (d7 + (Word(7) & negative) + c) & mask;
    }

    /// <summary>r = t − q where t ≥ q, else t; t &lt; 2q with limbs below 2^32 (the top one may be wider only by what 2q allows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Reduce(Vector512<ulong> mask,
        Vector512<ulong> q0, Vector512<ulong> q1, Vector512<ulong> q2, Vector512<ulong> q3,
        Vector512<ulong> q4, Vector512<ulong> q5, Vector512<ulong> q6, Vector512<ulong> q7,
        Vector512<ulong> t0, Vector512<ulong> t1, Vector512<ulong> t2, Vector512<ulong> t3,
        Vector512<ulong> t4, Vector512<ulong> t5, Vector512<ulong> t6, Vector512<ulong> t7, out Lanes8 r)
    {
        var s0 = t0 - q0; var w = s0 >> 63; s0 &= mask;
        var s1 = t1 - q1 - w; w = s1 >> 63; s1 &= mask;
        var s2 = t2 - q2 - w; w = s2 >> 63; s2 &= mask;
        var s3 = t3 - q3 - w; w = s3 >> 63; s3 &= mask;
        var s4 = t4 - q4 - w; w = s4 >> 63; s4 &= mask;
        var s5 = t5 - q5 - w; w = s5 >> 63; s5 &= mask;
        var s6 = t6 - q6 - w; w = s6 >> 63; s6 &= mask;
        var s7 = t7 - q7 - w; w = s7 >> 63; s7 &= mask;
        // w = 1: t < q, keep t.
        var keep = Vector512<ulong>.Zero - w;
        r.L0 = Vector512.ConditionalSelect(keep, t0, s0);
        r.L1 = Vector512.ConditionalSelect(keep, t1, s1);
        r.L2 = Vector512.ConditionalSelect(keep, t2, s2);
        r.L3 = Vector512.ConditionalSelect(keep, t3, s3);
        r.L4 = Vector512.ConditionalSelect(keep, t4, s4);
        r.L5 = Vector512.ConditionalSelect(keep, t5, s5);
        r.L6 = Vector512.ConditionalSelect(keep, t6, s6);
        r.L7 = Vector512.ConditionalSelect(keep, t7, s7);
    }
}
