using System.Runtime.CompilerServices;

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

    /// <summary>a * b + c as (hi, lo); cannot overflow 128 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mac(ulong a, ulong b, ulong c, out ulong lo)
    {
        ulong hi = Math.BigMul(a, b, out ulong l);
        lo = l + c;
        return hi + (lo < l ? 1UL : 0UL);
    }

    /// <summary>a * b + c + d as (hi, lo); the maximum is exactly 2^128 - 1, so it cannot overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mac2(ulong a, ulong b, ulong c, ulong d, out ulong lo)
    {
        ulong hi = Math.BigMul(a, b, out ulong l);
        ulong s = l + c;
        hi += s < l ? 1UL : 0UL;
        lo = s + d;
        return hi + (lo < s ? 1UL : 0UL);
    }
}
