using System.Runtime.CompilerServices;

namespace Rollup.Core.Fields;

/// <summary>
/// Montgomery arithmetic on four 64-bit limbs for a modulus below 2^254. Inputs and
/// outputs are fully reduced (&lt; q). Multiplication is CIOS with the "no-carry"
/// shortcut, valid because the top limb of q leaves its highest bit clear with room to spare.
/// </summary>
public static class Montgomery256<TMod> where TMod : struct, IModulus256
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(ulong a0, ulong a1, ulong a2, ulong a3, ulong b0, ulong b1, ulong b2, ulong b3,
        out ulong r0, out ulong r1, out ulong r2, out ulong r3)
    {
        ulong c = 0;
        r0 = Limb.Adc(a0, b0, ref c);
        r1 = Limb.Adc(a1, b1, ref c);
        r2 = Limb.Adc(a2, b2, ref c);
        r3 = Limb.Adc(a3, b3, ref c);
        // a + b < 2q < 2^255: no carry out of the top limb, one conditional subtraction suffices.
        ReduceOnce(ref r0, ref r1, ref r2, ref r3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Sub(ulong a0, ulong a1, ulong a2, ulong a3, ulong b0, ulong b1, ulong b2, ulong b3,
        out ulong r0, out ulong r1, out ulong r2, out ulong r3)
    {
        ulong b = 0;
        r0 = Limb.Sbb(a0, b0, ref b);
        r1 = Limb.Sbb(a1, b1, ref b);
        r2 = Limb.Sbb(a2, b2, ref b);
        r3 = Limb.Sbb(a3, b3, ref b);
        // Branch-free: add q masked by the borrow.
        ulong mask = 0UL - b;
        ulong c = 0;
        r0 = Limb.Adc(r0, TMod.Q0 & mask, ref c);
        r1 = Limb.Adc(r1, TMod.Q1 & mask, ref c);
        r2 = Limb.Adc(r2, TMod.Q2 & mask, ref c);
        r3 = Limb.Adc(r3, TMod.Q3 & mask, ref c);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Neg(ulong a0, ulong a1, ulong a2, ulong a3,
        out ulong r0, out ulong r1, out ulong r2, out ulong r3)
    {
        if ((a0 | a1 | a2 | a3) == 0)
        {
            r0 = r1 = r2 = r3 = 0;
            return;
        }
        ulong b = 0;
        r0 = Limb.Sbb(TMod.Q0, a0, ref b);
        r1 = Limb.Sbb(TMod.Q1, a1, ref b);
        r2 = Limb.Sbb(TMod.Q2, a2, ref b);
        r3 = Limb.Sbb(TMod.Q3, a3, ref b);
    }

    // Out of line on purpose: inlined into formulas with several products it exhausts the JIT's
    // inlining budget, the limb helpers become calls, and a multiplication costs twice as much.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Mul(ulong a0, ulong a1, ulong a2, ulong a3, ulong b0, ulong b1, ulong b2, ulong b3,
        out ulong r0, out ulong r1, out ulong r2, out ulong r3)
    {
        // Fully unrolled over locals: passing the accumulators by ref to a row helper kept the
        // JIT from holding them in registers. m is chosen so that t0 + m*q0 = 0 mod 2^64, so each
        // row's first reduction step only needs the high half and whether t0 was non-zero.
        ulong t0, t1, t2, t3, hi, c, m;

        hi = Limb.MulHigh(a0, b0);
        t0 = a0 * b0;
        m = t0 * TMod.QInvNeg;
        c = Limb.MulHigh(m, TMod.Q0) + (t0 != 0 ? 1UL : 0UL);
        hi = Limb.Mac(a1, b0, hi, out t1);
        c = Limb.Mac2(m, TMod.Q1, t1, c, out t0);
        hi = Limb.Mac(a2, b0, hi, out t2);
        c = Limb.Mac2(m, TMod.Q2, t2, c, out t1);
        hi = Limb.Mac(a3, b0, hi, out t3);
        c = Limb.Mac2(m, TMod.Q3, t3, c, out t2);
        t3 = c + hi;

        hi = Limb.Mac(a0, b1, t0, out t0);
        m = t0 * TMod.QInvNeg;
        c = Limb.MulHigh(m, TMod.Q0) + (t0 != 0 ? 1UL : 0UL);
        hi = Limb.Mac2(a1, b1, t1, hi, out t1);
        c = Limb.Mac2(m, TMod.Q1, t1, c, out t0);
        hi = Limb.Mac2(a2, b1, t2, hi, out t2);
        c = Limb.Mac2(m, TMod.Q2, t2, c, out t1);
        hi = Limb.Mac2(a3, b1, t3, hi, out t3);
        c = Limb.Mac2(m, TMod.Q3, t3, c, out t2);
        t3 = c + hi;

        hi = Limb.Mac(a0, b2, t0, out t0);
        m = t0 * TMod.QInvNeg;
        c = Limb.MulHigh(m, TMod.Q0) + (t0 != 0 ? 1UL : 0UL);
        hi = Limb.Mac2(a1, b2, t1, hi, out t1);
        c = Limb.Mac2(m, TMod.Q1, t1, c, out t0);
        hi = Limb.Mac2(a2, b2, t2, hi, out t2);
        c = Limb.Mac2(m, TMod.Q2, t2, c, out t1);
        hi = Limb.Mac2(a3, b2, t3, hi, out t3);
        c = Limb.Mac2(m, TMod.Q3, t3, c, out t2);
        t3 = c + hi;

        hi = Limb.Mac(a0, b3, t0, out t0);
        m = t0 * TMod.QInvNeg;
        c = Limb.MulHigh(m, TMod.Q0) + (t0 != 0 ? 1UL : 0UL);
        hi = Limb.Mac2(a1, b3, t1, hi, out t1);
        c = Limb.Mac2(m, TMod.Q1, t1, c, out t0);
        hi = Limb.Mac2(a2, b3, t2, hi, out t2);
        c = Limb.Mac2(m, TMod.Q2, t2, c, out t1);
        hi = Limb.Mac2(a3, b3, t3, hi, out t3);
        c = Limb.Mac2(m, TMod.Q3, t3, c, out t2);
        t3 = c + hi;

        // Branch-free final subtraction.
        ulong borrow = 0;
        ulong s0 = Limb.Sbb(t0, TMod.Q0, ref borrow);
        ulong s1 = Limb.Sbb(t1, TMod.Q1, ref borrow);
        ulong s2 = Limb.Sbb(t2, TMod.Q2, ref borrow);
        ulong s3 = Limb.Sbb(t3, TMod.Q3, ref borrow);
        ulong keep = 0UL - borrow;
        r0 = (t0 & keep) | (s0 & ~keep);
        r1 = (t1 & keep) | (s1 & ~keep);
        r2 = (t2 & keep) | (s2 & ~keep);
        r3 = (t3 & keep) | (s3 & ~keep);
    }

    /// <summary>Subtracts q once if t &gt;= q; t must be below 2q.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ReduceOnce(ref ulong t0, ref ulong t1, ref ulong t2, ref ulong t3)
    {
        ulong b = 0;
        ulong s0 = Limb.Sbb(t0, TMod.Q0, ref b);
        ulong s1 = Limb.Sbb(t1, TMod.Q1, ref b);
        ulong s2 = Limb.Sbb(t2, TMod.Q2, ref b);
        ulong s3 = Limb.Sbb(t3, TMod.Q3, ref b);
        if (b == 0)
        {
            t0 = s0; t1 = s1; t2 = s2; t3 = s3;
        }
    }

    /// <summary>True when the canonical value is below q.</summary>
    public static bool IsCanonical(ulong a0, ulong a1, ulong a2, ulong a3)
    {
        ulong b = 0;
        Limb.Sbb(a0, TMod.Q0, ref b);
        Limb.Sbb(a1, TMod.Q1, ref b);
        Limb.Sbb(a2, TMod.Q2, ref b);
        Limb.Sbb(a3, TMod.Q3, ref b);
        return b == 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ToMontgomery(ulong a0, ulong a1, ulong a2, ulong a3,
        out ulong r0, out ulong r1, out ulong r2, out ulong r3) =>
        Mul(a0, a1, a2, a3, TMod.R2_0, TMod.R2_1, TMod.R2_2, TMod.R2_3, out r0, out r1, out r2, out r3);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void FromMontgomery(ulong a0, ulong a1, ulong a2, ulong a3,
        out ulong r0, out ulong r1, out ulong r2, out ulong r3) =>
        Mul(a0, a1, a2, a3, 1, 0, 0, 0, out r0, out r1, out r2, out r3);

    /// <summary>a^e for a 256-bit exponent given as little-endian limbs; square-and-multiply, not constant time.</summary>
    public static void Pow(ulong a0, ulong a1, ulong a2, ulong a3, ReadOnlySpan<ulong> exponent,
        out ulong r0, out ulong r1, out ulong r2, out ulong r3)
    {
        ulong x0 = TMod.One0, x1 = TMod.One1, x2 = TMod.One2, x3 = TMod.One3;
        bool started = false;
        for (int limb = exponent.Length - 1; limb >= 0; limb--)
        {
            ulong e = exponent[limb];
            for (int bit = 63; bit >= 0; bit--)
            {
                if (started)
                    Mul(x0, x1, x2, x3, x0, x1, x2, x3, out x0, out x1, out x2, out x3);
                if (((e >> bit) & 1) != 0)
                {
                    Mul(x0, x1, x2, x3, a0, a1, a2, a3, out x0, out x1, out x2, out x3);
                    started = true;
                }
            }
        }
        r0 = x0; r1 = x1; r2 = x2; r3 = x3;
    }

    /// <summary>a^(q-2) = a^-1 for a != 0 (Fermat); zero maps to zero.</summary>
    public static void Inverse(ulong a0, ulong a1, ulong a2, ulong a3,
        out ulong r0, out ulong r1, out ulong r2, out ulong r3)
    {
        Span<ulong> e = stackalloc ulong[4];
        ulong b = 0;
        e[0] = Limb.Sbb(TMod.Q0, 2, ref b);
        e[1] = Limb.Sbb(TMod.Q1, 0, ref b);
        e[2] = Limb.Sbb(TMod.Q2, 0, ref b);
        e[3] = Limb.Sbb(TMod.Q3, 0, ref b);
        Pow(a0, a1, a2, a3, e, out r0, out r1, out r2, out r3);
    }
}
