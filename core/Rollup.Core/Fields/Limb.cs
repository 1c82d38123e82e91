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

    /// <summary>a * b as (hi, lo).</summary>
    /// <remarks>
    /// Math.BigMul hands its low half back through a pointer, which pins the destination to the
    /// stack: every product then pays a store and a reload on the carry chain (about 4x slower
    /// Montgomery multiplication). Computing the low half with a plain multiply keeps both in registers.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MulWide(ulong a, ulong b, out ulong lo)
    {
        if (Bmi2.X64.IsSupported)
        {
            lo = a * b;
            return Bmi2.X64.MultiplyNoFlags(a, b);
        }
        return Math.BigMul(a, b, out lo);
    }

    /// <summary>a * b + c as (hi, lo); cannot overflow 128 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mac(ulong a, ulong b, ulong c, out ulong lo)
    {
        ulong hi = MulWide(a, b, out ulong l);
        lo = l + c;
        return hi + (lo < l ? 1UL : 0UL);
    }

    /// <summary>a * b + c + d as (hi, lo); the maximum is exactly 2^128 - 1, so it cannot overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mac2(ulong a, ulong b, ulong c, ulong d, out ulong lo)
    {
        ulong hi = MulWide(a, b, out ulong l);
        ulong s = l + c;
        hi += s < l ? 1UL : 0UL;
        lo = s + d;
        return hi + (lo < s ? 1UL : 0UL);
    }
}
