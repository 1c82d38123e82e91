using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using Rollup.Core.Fields;

namespace Rollup.Core.Hashing;

/// <summary>
/// Fr Montgomery arithmetic tuned for the hashing hot path. It gives the same values as
/// <see cref="Fr"/>'s operators, but takes each 128-bit product as MULX (high half) plus a
/// plain multiply (low half): a BigMul with an out parameter makes the JIT spill the low half
/// to the stack and reload it on every step of the carry chain, which was about four times
/// slower. It also offers a fused sum of products with a single reduction.
/// Mul, Square and SumOfProducts are deliberately not marked for inlining: pulled into the
/// round loops they exhaust the JIT's inlining budget, and then the small carry helpers below
/// stop being inlined, which costs far more than the call.
/// Inputs must be fully reduced (below r) unless a method says otherwise; outputs always are.
/// </summary>
internal static class MontgomeryFr
{
    private const ulong Q0 = 0x43e1f593f0000001;
    private const ulong Q1 = 0x2833e84879b97091;
    private const ulong Q2 = 0xb85045b68181585d;
    private const ulong Q3 = 0x30644e72e131a029;
    private const ulong QInvNeg = 0xc2e1f593efffffff;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MulHigh(ulong a, ulong b) =>
        Bmi2.X64.IsSupported ? Bmi2.X64.MultiplyNoFlags(a, b) : Math.BigMul(a, b, out _);

    /// <summary>a * b + c as (high, low).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mac(ulong a, ulong b, ulong c, out ulong lo)
    {
        ulong hi = MulHigh(a, b);
        ulong l = a * b;
        lo = l + c;
        return hi + (lo < l ? 1UL : 0UL);
    }

    /// <summary>a * b + c + d as (high, low); cannot overflow 128 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mac2(ulong a, ulong b, ulong c, ulong d, out ulong lo)
    {
        ulong hi = MulHigh(a, b);
        ulong l = a * b;
        ulong s = l + c;
        hi += s < l ? 1UL : 0UL;
        lo = s + d;
        return hi + (lo < s ? 1UL : 0UL);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fr Add(in Fr a, in Fr b)
    {
        ulong c = 0;
        ulong r0 = Limb.Adc(a.M0, b.M0, ref c);
        ulong r1 = Limb.Adc(a.M1, b.M1, ref c);
        ulong r2 = Limb.Adc(a.M2, b.M2, ref c);
        ulong r3 = Limb.Adc(a.M3, b.M3, ref c);
        return Reduced(r0, r1, r2, r3);
    }

    /// <summary>
    /// a + b left in [0, 2r): enough for <see cref="Pow5"/>, whose squarings and multiply keep
    /// their results below 2r for such inputs and finish with a full reduction.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fr AddUnreduced(in Fr a, in Fr b)
    {
        ulong c = 0;
        ulong r0 = Limb.Adc(a.M0, b.M0, ref c);
        ulong r1 = Limb.Adc(a.M1, b.M1, ref c);
        ulong r2 = Limb.Adc(a.M2, b.M2, ref c);
        ulong r3 = a.M3 + b.M3 + c;
        return new Fr(r0, r1, r2, r3);
    }

    /// <summary>a * b; either input may be below 2r (the CIOS bound a + r, and the final 1.76r, still hold).</summary>
    public static Fr Mul(in Fr a, in Fr b)
    {
        ulong a0 = a.M0, a1 = a.M1, a2 = a.M2, a3 = a.M3;
        ulong t0, t1, t2, t3, hi, c, m;

        // CIOS, one limb of b per step; q's spare top bits let the carries stay in four limbs.
        ulong bi = b.M0;
        hi = MulHigh(a0, bi); t0 = a0 * bi;
        m = t0 * QInvNeg;
        c = Mac(m, Q0, t0, out _);
        hi = Mac(a1, bi, hi, out t1);
        c = Mac2(m, Q1, t1, c, out t0);
        hi = Mac(a2, bi, hi, out t2);
        c = Mac2(m, Q2, t2, c, out t1);
        hi = Mac(a3, bi, hi, out t3);
        c = Mac2(m, Q3, t3, c, out t2);
        t3 = c + hi;

        bi = b.M1;
        hi = Mac(a0, bi, t0, out t0);
        m = t0 * QInvNeg;
        c = Mac(m, Q0, t0, out _);
        hi = Mac2(a1, bi, t1, hi, out t1);
        c = Mac2(m, Q1, t1, c, out t0);
        hi = Mac2(a2, bi, t2, hi, out t2);
        c = Mac2(m, Q2, t2, c, out t1);
        hi = Mac2(a3, bi, t3, hi, out t3);
        c = Mac2(m, Q3, t3, c, out t2);
        t3 = c + hi;

        bi = b.M2;
        hi = Mac(a0, bi, t0, out t0);
        m = t0 * QInvNeg;
        c = Mac(m, Q0, t0, out _);
        hi = Mac2(a1, bi, t1, hi, out t1);
        c = Mac2(m, Q1, t1, c, out t0);
        hi = Mac2(a2, bi, t2, hi, out t2);
        c = Mac2(m, Q2, t2, c, out t1);
        hi = Mac2(a3, bi, t3, hi, out t3);
        c = Mac2(m, Q3, t3, c, out t2);
        t3 = c + hi;

        bi = b.M3;
        hi = Mac(a0, bi, t0, out t0);
        m = t0 * QInvNeg;
        c = Mac(m, Q0, t0, out _);
        hi = Mac2(a1, bi, t1, hi, out t1);
        c = Mac2(m, Q1, t1, c, out t0);
        hi = Mac2(a2, bi, t2, hi, out t2);
        c = Mac2(m, Q2, t2, c, out t1);
        hi = Mac2(a3, bi, t3, hi, out t3);
        c = Mac2(m, Q3, t3, c, out t2);
        t3 = c + hi;

        return Reduced(t0, t1, t2, t3);
    }

    /// <summary>
    /// a^2: the ten distinct limb products instead of sixteen, then a separate reduction.
    /// a may be below 2r: the result is then below 4r^2/2^256 + r &lt; 2r before the final subtraction.
    /// </summary>
    public static Fr Square(in Fr a)
    {
        ulong a0 = a.M0, a1 = a.M1, a2 = a.M2, a3 = a.M3;
        ulong t1, t2, t3, t4, t5, t6, t7, c;

        // Off-diagonal products a_i * a_j (i < j).
        c = MulHigh(a0, a1); t1 = a0 * a1;
        c = Mac(a0, a2, c, out t2);
        c = Mac(a0, a3, c, out t3);
        t4 = c;
        c = Mac(a1, a2, t3, out t3);
        c = Mac2(a1, a3, t4, c, out t4);
        t5 = c;
        c = Mac(a2, a3, t5, out t5);
        t6 = c;

        // Double them (a < 2r < 2^255, so nothing shifts out of t7).
        t7 = t6 >> 63;
        t6 = (t6 << 1) | (t5 >> 63);
        t5 = (t5 << 1) | (t4 >> 63);
        t4 = (t4 << 1) | (t3 >> 63);
        t3 = (t3 << 1) | (t2 >> 63);
        t2 = (t2 << 1) | (t1 >> 63);
        t1 <<= 1;

        // Add the squares a_i^2 on the diagonal.
        ulong t0 = a0 * a0;
        ulong h = MulHigh(a0, a0);
        ulong k = 0;
        t1 = Limb.Adc(t1, h, ref k);
        ulong lo = a1 * a1; h = MulHigh(a1, a1);
        t2 = Limb.Adc(t2, lo, ref k);
        t3 = Limb.Adc(t3, h, ref k);
        lo = a2 * a2; h = MulHigh(a2, a2);
        t4 = Limb.Adc(t4, lo, ref k);
        t5 = Limb.Adc(t5, h, ref k);
        lo = a3 * a3; h = MulHigh(a3, a3);
        t6 = Limb.Adc(t6, lo, ref k);
        t7 = Limb.Adc(t7, h, ref k);

        // Montgomery reduction, one limb per step; 'carry' is the bit that spills past t[i+4].
        ulong m, carry, s;
        m = t0 * QInvNeg;
        c = Mac(m, Q0, t0, out _);
        c = Mac2(m, Q1, t1, c, out t1);
        c = Mac2(m, Q2, t2, c, out t2);
        c = Mac2(m, Q3, t3, c, out t3);
        s = t4 + c; carry = s < c ? 1UL : 0UL; t4 = s;

        m = t1 * QInvNeg;
        c = Mac(m, Q0, t1, out _);
        c = Mac2(m, Q1, t2, c, out t2);
        c = Mac2(m, Q2, t3, c, out t3);
        c = Mac2(m, Q3, t4, c, out t4);
        k = carry;
        t5 = Limb.Adc(t5, c, ref k);
        carry = k;

        m = t2 * QInvNeg;
        c = Mac(m, Q0, t2, out _);
        c = Mac2(m, Q1, t3, c, out t3);
        c = Mac2(m, Q2, t4, c, out t4);
        c = Mac2(m, Q3, t5, c, out t5);
        k = carry;
        t6 = Limb.Adc(t6, c, ref k);
        carry = k;

        m = t3 * QInvNeg;
        c = Mac(m, Q0, t3, out _);
        c = Mac2(m, Q1, t4, c, out t4);
        c = Mac2(m, Q2, t5, c, out t5);
        c = Mac2(m, Q3, t6, c, out t6);
        t7 = t7 + c + carry;

        return Reduced(t4, t5, t6, t7);
    }

    /// <summary>x^5, the Poseidon S-box; x may be anything below 2r (see <see cref="AddUnreduced"/>).</summary>
    public static Fr Pow5(in Fr x)
    {
        var x2 = Square(x);
        var x4 = Square(x2);
        return Mul(x4, x);
    }

    /// <summary>
    /// a0*b0 + a1*b1 + a2*b2 with one Montgomery reduction (CIOS over all three products). The
    /// running value stays below 4r + 4r*2^64 &lt; 2^320, so five limbs hold it, and the result
    /// is below 3r^2/2^256 + r &lt; 2r, so one conditional subtraction finishes it.
    /// </summary>
    public static Fr SumOfProducts(in Fr a0, in Fr b0, in Fr a1, in Fr b1, in Fr a2, in Fr b2)
    {
        ulong t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0;
        Step(a0, a1, a2, b0.M0, b1.M0, b2.M0, ref t0, ref t1, ref t2, ref t3, ref t4);
        Step(a0, a1, a2, b0.M1, b1.M1, b2.M1, ref t0, ref t1, ref t2, ref t3, ref t4);
        Step(a0, a1, a2, b0.M2, b1.M2, b2.M2, ref t0, ref t1, ref t2, ref t3, ref t4);
        Step(a0, a1, a2, b0.M3, b1.M3, b2.M3, ref t0, ref t1, ref t2, ref t3, ref t4);
        return Reduced(t0, t1, t2, t3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Step(in Fr a0, in Fr a1, in Fr a2, ulong x, ulong y, ulong z,
        ref ulong t0, ref ulong t1, ref ulong t2, ref ulong t3, ref ulong t4)
    {
        ulong c;
        c = Mac(a0.M0, x, t0, out t0);
        c = Mac2(a0.M1, x, t1, c, out t1);
        c = Mac2(a0.M2, x, t2, c, out t2);
        c = Mac2(a0.M3, x, t3, c, out t3);
        t4 += c;
        c = Mac(a1.M0, y, t0, out t0);
        c = Mac2(a1.M1, y, t1, c, out t1);
        c = Mac2(a1.M2, y, t2, c, out t2);
        c = Mac2(a1.M3, y, t3, c, out t3);
        t4 += c;
        c = Mac(a2.M0, z, t0, out t0);
        c = Mac2(a2.M1, z, t1, c, out t1);
        c = Mac2(a2.M2, z, t2, c, out t2);
        c = Mac2(a2.M3, z, t3, c, out t3);
        t4 += c;

        ulong m = t0 * QInvNeg;
        c = Mac(m, Q0, t0, out _);
        c = Mac2(m, Q1, t1, c, out t0);
        c = Mac2(m, Q2, t2, c, out t1);
        c = Mac2(m, Q3, t3, c, out t2);
        t3 = t4 + c;
        t4 = t3 < c ? 1UL : 0UL;
    }

    /// <summary>Subtracts r once when t &gt;= r (t &lt; 2r), without a data-dependent branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Fr Reduced(ulong t0, ulong t1, ulong t2, ulong t3)
    {
        ulong b = 0;
        ulong s0 = Limb.Sbb(t0, Q0, ref b);
        ulong s1 = Limb.Sbb(t1, Q1, ref b);
        ulong s2 = Limb.Sbb(t2, Q2, ref b);
        ulong s3 = Limb.Sbb(t3, Q3, ref b);
        ulong keep = 0UL - b;
        return new Fr(
            (t0 & keep) | (s0 & ~keep),
            (t1 & keep) | (s1 & ~keep),
            (t2 & keep) | (s2 & ~keep),
            (t3 & keep) | (s3 & ~keep));
    }
}
