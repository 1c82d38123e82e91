using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Rollup.Core.Fields;

/// <summary>64-bit limb primitives with explicit carries; the building blocks of every multi-limb routine.</summary>
public static class Limb
{
    /// <summary>a + b + carry; carry in and out are 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Adc(ulong a, ulong b, ref ulong carry)
    {
        ulong s = a + b + carry;
        carry = ((a & b) | ((a | b) & ~s)) >> 63;
        return s;
    }

    /// <summary>a - b - borrow; borrow in and out are 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Sbb(ulong a, ulong b, ref ulong borrow)
    {
        ulong d = a - b - borrow;
        borrow = ((~a & b) | (~(a ^ b) & d)) >> 63;
        return d;
    }

    /// <summary>
    /// The high 64 bits of a * b. MULX for the high half plus a plain multiply for the low half
    /// keeps both in registers; Math.BigMul's out parameter makes the JIT spill the low half to
    /// the stack on every step of a carry chain, which made field multiplication several times slower.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MulHigh(ulong a, ulong b) =>
        Bmi2.X64.IsSupported ? Bmi2.X64.MultiplyNoFlags(a, b) : Math.BigMul(a, b, out _);

    /// <summary>a * b + c as (hi, lo); cannot overflow 128 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mac(ulong a, ulong b, ulong c, out ulong lo)
    {
        ulong hi = MulHigh(a, b);
        ulong l = a * b;
        lo = l + c;
        return hi + (lo < l ? 1UL : 0UL);
    }

    /// <summary>a * b + c + d as (hi, lo); the maximum is exactly 2^128 - 1, so it cannot overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mac2(ulong a, ulong b, ulong c, ulong d, out ulong lo)
    {
        ulong hi = MulHigh(a, b);
        ulong l = a * b;
        ulong s = l + c;
        hi += s < l ? 1UL : 0UL;
        lo = s + d;
        return hi + (lo < s ? 1UL : 0UL);
    }
}
