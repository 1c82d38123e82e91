using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Rollup.Core.Fields;

namespace Rollup.SettlementClient.Signing.Curve;

/// <summary>
/// An element of the secp256k1 base field, p = 2^256 - 2^32 - 977, as four little-endian limbs,
/// always fully reduced. Reduction uses p's special form (2^256 = 2^32 + 977 mod p) instead of
/// Montgomery: p is above 2^254, so core's no-carry Montgomery cannot take it, and folding the
/// high half with one small constant is cheaper anyway. Every operation is branch-free in its
/// operands, because the nonce point of a signature passes through here.
/// </summary>
internal readonly struct FieldElement
{
    /// <summary>2^256 - p.</summary>
    private const ulong C = 0x1000003D1UL;
    private const ulong P0 = 0xFFFFFFFEFFFFFC2FUL;
    private const ulong PHigh = ulong.MaxValue;

    public readonly ulong L0, L1, L2, L3;

    public FieldElement(ulong l0, ulong l1, ulong l2, ulong l3)
    {
        L0 = l0;
        L1 = l1;
        L2 = l2;
        L3 = l3;
    }

    public static FieldElement One => new(1, 0, 0, 0);

    public bool IsZero => (L0 | L1 | L2 | L3) == 0;

    public bool IsOdd => (L0 & 1) != 0;

    /// <summary>Reads 32 big-endian bytes; false (and nothing usable) when the value is not below p.</summary>
    public static bool TryRead(ReadOnlySpan<byte> bigEndian32, out FieldElement value)
    {
        value = new FieldElement(
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian32[24..]),
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian32[16..]),
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian32[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian32));
        ulong borrow = 0;
        Limb.Sbb(value.L0, P0, ref borrow);
        Limb.Sbb(value.L1, PHigh, ref borrow);
        Limb.Sbb(value.L2, PHigh, ref borrow);
        Limb.Sbb(value.L3, PHigh, ref borrow);
        return borrow == 1;
    }

    public void Write(Span<byte> bigEndian32)
    {
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian32, L3);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian32[8..], L2);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian32[16..], L1);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian32[24..], L0);
    }

    /// <summary>mask all ones: a; mask zero: b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FieldElement Select(ulong mask, in FieldElement a, in FieldElement b) => new(
        (a.L0 & mask) | (b.L0 & ~mask),
        (a.L1 & mask) | (b.L1 & ~mask),
        (a.L2 & mask) | (b.L2 & ~mask),
        (a.L3 & mask) | (b.L3 & ~mask));

    public static FieldElement Add(in FieldElement a, in FieldElement b)
    {
        ulong carry = 0;
        ulong r0 = Limb.Adc(a.L0, b.L0, ref carry);
        ulong r1 = Limb.Adc(a.L1, b.L1, ref carry);
        ulong r2 = Limb.Adc(a.L2, b.L2, ref carry);
        ulong r3 = Limb.Adc(a.L3, b.L3, ref carry);
        return ReduceOnce(r0, r1, r2, r3, carry);
    }

    public static FieldElement Sub(in FieldElement a, in FieldElement b)
    {
        ulong borrow = 0;
        ulong r0 = Limb.Sbb(a.L0, b.L0, ref borrow);
        ulong r1 = Limb.Sbb(a.L1, b.L1, ref borrow);
        ulong r2 = Limb.Sbb(a.L2, b.L2, ref borrow);
        ulong r3 = Limb.Sbb(a.L3, b.L3, ref borrow);
        // On borrow add p, which modulo 2^256 is subtracting C.
        ulong fix = 0;
        r0 = Limb.Sbb(r0, C & (0UL - borrow), ref fix);
        r1 = Limb.Sbb(r1, 0, ref fix);
        r2 = Limb.Sbb(r2, 0, ref fix);
        r3 = Limb.Sbb(r3, 0, ref fix);
        return new FieldElement(r0, r1, r2, r3);
    }

    public static FieldElement Negate(in FieldElement a) => Sub(default, a);

    public static FieldElement Double(in FieldElement a) => Add(a, a);

    // Out of line for the same reason as core's Montgomery multiplication: inlined into point
    // formulas it exhausts the JIT's inlining budget and the limb helpers turn into calls.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static FieldElement Mul(in FieldElement a, in FieldElement b)
    {
        ulong a0 = a.L0, a1 = a.L1, a2 = a.L2, a3 = a.L3;
        ulong b0 = b.L0, b1 = b.L1, b2 = b.L2, b3 = b.L3;
        ulong t0, t1, t2, t3, t4, t5, t6, t7, c;

        c = Limb.Mac(a0, b0, 0, out t0);
        c = Limb.Mac(a1, b0, c, out t1);
        c = Limb.Mac(a2, b0, c, out t2);
        t4 = Limb.Mac(a3, b0, c, out t3);

        c = Limb.Mac(a0, b1, t1, out t1);
        c = Limb.Mac2(a1, b1, t2, c, out t2);
        c = Limb.Mac2(a2, b1, t3, c, out t3);
        t5 = Limb.Mac2(a3, b1, t4, c, out t4);

        c = Limb.Mac(a0, b2, t2, out t2);
        c = Limb.Mac2(a1, b2, t3, c, out t3);
        c = Limb.Mac2(a2, b2, t4, c, out t4);
        t6 = Limb.Mac2(a3, b2, t5, c, out t5);

        c = Limb.Mac(a0, b3, t3, out t3);
        c = Limb.Mac2(a1, b3, t4, c, out t4);
        c = Limb.Mac2(a2, b3, t5, c, out t5);
        t7 = Limb.Mac2(a3, b3, t6, c, out t6);

        return Reduce512(t0, t1, t2, t3, t4, t5, t6, t7);
    }

    /// <summary>a²: the ten distinct limb products instead of sixteen.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static FieldElement Square(in FieldElement a)
    {
        ulong a0 = a.L0, a1 = a.L1, a2 = a.L2, a3 = a.L3;
        ulong t1, t2, t3, t4, t5, t6, t7, c;

        // Off-diagonal products a_i·a_j (i < j), then doubled, then the squares a_i² added.
        c = Limb.Mac(a1, a0, 0, out t1);
        c = Limb.Mac(a2, a0, c, out t2);
        t4 = Limb.Mac(a3, a0, c, out t3);
        c = Limb.Mac(a2, a1, t3, out t3);
        t5 = Limb.Mac2(a3, a1, t4, c, out t4);
        t6 = Limb.Mac(a3, a2, t5, out t5);

        t7 = t6 >> 63;
        t6 = (t6 << 1) | (t5 >> 63);
        t5 = (t5 << 1) | (t4 >> 63);
        t4 = (t4 << 1) | (t3 >> 63);
        t3 = (t3 << 1) | (t2 >> 63);
        t2 = (t2 << 1) | (t1 >> 63);
        t1 <<= 1;

        ulong hi = Limb.Mac(a0, a0, 0, out ulong t0);
        ulong carry = 0;
        t1 = Limb.Adc(t1, hi, ref carry);
        hi = Limb.Mac(a1, a1, 0, out ulong lo);
        t2 = Limb.Adc(t2, lo, ref carry);
        t3 = Limb.Adc(t3, hi, ref carry);
        hi = Limb.Mac(a2, a2, 0, out lo);
        t4 = Limb.Adc(t4, lo, ref carry);
        t5 = Limb.Adc(t5, hi, ref carry);
        hi = Limb.Mac(a3, a3, 0, out lo);
        t6 = Limb.Adc(t6, lo, ref carry);
        t7 = Limb.Adc(t7, hi, ref carry);

        return Reduce512(t0, t1, t2, t3, t4, t5, t6, t7);
    }

    /// <summary>a^(2^count).</summary>
    public static FieldElement SquareTimes(in FieldElement a, int count)
    {
        var r = a;
        for (int i = 0; i < count; i++) r = Square(r);
        return r;
    }

    /// <summary>
    /// a^(p-2) = a⁻¹ (0 for 0), with a fixed chain of 255 squarings and 15 multiplications; the
    /// chain depends only on p, so the time does not depend on a.
    /// </summary>
    public static FieldElement Inverse(in FieldElement a)
    {
        // libsecp256k1's chain: xN is a^(2^N - 1), a run of N one bits of p - 2.
        var x2 = Mul(Square(a), a);
        var x3 = Mul(Square(x2), a);
        var x6 = Mul(SquareTimes(x3, 3), x3);
        var x9 = Mul(SquareTimes(x6, 3), x3);
        var x11 = Mul(SquareTimes(x9, 2), x2);
        var x22 = Mul(SquareTimes(x11, 11), x11);
        var x44 = Mul(SquareTimes(x22, 22), x22);
        var x88 = Mul(SquareTimes(x44, 44), x44);
        var x176 = Mul(SquareTimes(x88, 88), x88);
        var x220 = Mul(SquareTimes(x176, 44), x44);
        var x223 = Mul(SquareTimes(x220, 3), x3);
        var t = Mul(SquareTimes(x223, 23), x22);
        t = Mul(SquareTimes(t, 5), a);
        t = Mul(SquareTimes(t, 3), x2);
        return Mul(SquareTimes(t, 2), a);
    }

    /// <summary>(t7..t0) mod p: fold the high half in twice with 2^256 = C, then subtract p once if needed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FieldElement Reduce512(ulong t0, ulong t1, ulong t2, ulong t3, ulong t4, ulong t5, ulong t6, ulong t7)
    {
        ulong c = Limb.Mac(t4, C, t0, out ulong r0);
        c = Limb.Mac2(t5, C, t1, c, out ulong r1);
        c = Limb.Mac2(t6, C, t2, c, out ulong r2);
        c = Limb.Mac2(t7, C, t3, c, out ulong r3);

        // c < 2^34, so c·C < 2^68 fits two limbs.
        ulong hi = Limb.Mac(c, C, 0, out ulong lo);
        ulong carry = 0;
        r0 = Limb.Adc(r0, lo, ref carry);
        r1 = Limb.Adc(r1, hi, ref carry);
        r2 = Limb.Adc(r2, 0, ref carry);
        r3 = Limb.Adc(r3, 0, ref carry);
        return ReduceOnce(r0, r1, r2, r3, carry);
    }

    /// <summary>(carry·2^256 + r) mod p for a value below 2p.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FieldElement ReduceOnce(ulong r0, ulong r1, ulong r2, ulong r3, ulong carry)
    {
        // value ≥ p exactly when it carried out of 2^256 or r + C does; then value - p = r + C mod 2^256.
        ulong k = 0;
        ulong s0 = Limb.Adc(r0, C, ref k);
        ulong s1 = Limb.Adc(r1, 0, ref k);
        ulong s2 = Limb.Adc(r2, 0, ref k);
        ulong s3 = Limb.Adc(r3, 0, ref k);
        ulong mask = 0UL - (carry | k);
        return new FieldElement(
            (s0 & mask) | (r0 & ~mask),
            (s1 & mask) | (r1 & ~mask),
            (s2 & mask) | (r2 & ~mask),
            (s3 & mask) | (r3 & ~mask));
    }
}
