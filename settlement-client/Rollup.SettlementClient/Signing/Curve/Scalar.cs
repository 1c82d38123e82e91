using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Rollup.Core.Fields;

namespace Rollup.SettlementClient.Signing.Curve;

/// <summary>
/// An integer modulo the secp256k1 group order n, as four little-endian limbs, always fully
/// reduced. Signing needs only a handful of products, so multiplication is plain Montgomery
/// (CIOS with the extra carry word, since n is above 2^255) followed by a multiplication by
/// R² to leave the Montgomery domain; every step is branch-free in the operands because the
/// nonce and the private key pass through here.
/// </summary>
internal readonly struct Scalar
{
    private const ulong N0 = 0xBFD25E8CD0364141UL, N1 = 0xBAAEDCE6AF48A03BUL, N2 = 0xFFFFFFFFFFFFFFFEUL, N3 = 0xFFFFFFFFFFFFFFFFUL;

    /// <summary>-n⁻¹ mod 2^64.</summary>
    private const ulong NInvNeg = 0x4B0DFF665588B13FUL;

    private const ulong HalfN0 = 0xDFE92F46681B20A0UL, HalfN1 = 0x5D576E7357A4501DUL, HalfN2 = 0xFFFFFFFFFFFFFFFFUL, HalfN3 = 0x7FFFFFFFFFFFFFFFUL;

    /// <summary>2^512 mod n.</summary>
    private static readonly Scalar R2 = new(0x896CF21467D7D140UL, 0x741496C20E7CF878UL, 0xE697F5E45BCD07C6UL, 0x9D671CD581C69BC5UL);

    public readonly ulong L0, L1, L2, L3;

    public Scalar(ulong l0, ulong l1, ulong l2, ulong l3)
    {
        L0 = l0;
        L1 = l1;
        L2 = l2;
        L3 = l3;
    }

    public static Scalar One => new(1, 0, 0, 0);

    public bool IsZero => (L0 | L1 | L2 | L3) == 0;

    /// <summary>Above n/2: the malleable half that low-s normalisation flips. Signatures are public, so this may branch.</summary>
    public bool IsHigh
    {
        get
        {
            ulong borrow = 0;
            Limb.Sbb(HalfN0, L0, ref borrow);
            Limb.Sbb(HalfN1, L1, ref borrow);
            Limb.Sbb(HalfN2, L2, ref borrow);
            Limb.Sbb(HalfN3, L3, ref borrow);
            return borrow == 1;
        }
    }

    /// <summary>The 4-bit digit at position index (0 = least significant); the index is public, the digit is not.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Nibble(int index)
    {
        int limb = index >> 4;
        ulong word = limb switch { 0 => L0, 1 => L1, 2 => L2, _ => L3 };
        return (int)((word >> ((index & 15) << 2)) & 0xF);
    }

    /// <summary>Reads 32 big-endian bytes; false when the value is not below n.</summary>
    public static bool TryRead(ReadOnlySpan<byte> bigEndian32, out Scalar value)
    {
        var raw = ReadRaw(bigEndian32);
        ulong borrow = SubtractN(raw, out _);
        value = raw;
        return borrow == 1;
    }

    /// <summary>Reads 32 big-endian bytes reduced mod n (a value below 2^256 is below 2n, so one subtraction).</summary>
    public static Scalar ReadReduced(ReadOnlySpan<byte> bigEndian32)
    {
        var raw = ReadRaw(bigEndian32);
        ulong borrow = SubtractN(raw, out var reduced);
        return Select(borrow - 1, reduced, raw);
    }

    /// <summary>A base-field element as an integer, when it is below n (x coordinates become r).</summary>
    public static bool TryFromField(in FieldElement x, out Scalar value)
    {
        var raw = new Scalar(x.L0, x.L1, x.L2, x.L3);
        ulong borrow = SubtractN(raw, out _);
        value = raw;
        return borrow == 1;
    }

    public void Write(Span<byte> bigEndian32)
    {
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian32, L3);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian32[8..], L2);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian32[16..], L1);
        BinaryPrimitives.WriteUInt64BigEndian(bigEndian32[24..], L0);
    }

    public System.Numerics.BigInteger ToBigInteger()
    {
        Span<byte> bytes = stackalloc byte[32];
        Write(bytes);
        return new System.Numerics.BigInteger(bytes, isUnsigned: true, isBigEndian: true);
    }

    /// <summary>mask all ones: a; mask zero: b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar Select(ulong mask, in Scalar a, in Scalar b) => new(
        (a.L0 & mask) | (b.L0 & ~mask),
        (a.L1 & mask) | (b.L1 & ~mask),
        (a.L2 & mask) | (b.L2 & ~mask),
        (a.L3 & mask) | (b.L3 & ~mask));

    public static Scalar Add(in Scalar a, in Scalar b)
    {
        ulong carry = 0;
        var sum = new Scalar(
            Limb.Adc(a.L0, b.L0, ref carry),
            Limb.Adc(a.L1, b.L1, ref carry),
            Limb.Adc(a.L2, b.L2, ref carry),
            Limb.Adc(a.L3, b.L3, ref carry));
        ulong borrow = SubtractN(sum, out var reduced);
        // Reduce when the sum carried out of 2^256 or is at least n.
        return Select(0UL - (carry | (borrow ^ 1)), reduced, sum);
    }

    public static Scalar Sub(in Scalar a, in Scalar b)
    {
        ulong borrow = 0;
        ulong r0 = Limb.Sbb(a.L0, b.L0, ref borrow);
        ulong r1 = Limb.Sbb(a.L1, b.L1, ref borrow);
        ulong r2 = Limb.Sbb(a.L2, b.L2, ref borrow);
        ulong r3 = Limb.Sbb(a.L3, b.L3, ref borrow);
        ulong mask = 0UL - borrow;
        ulong carry = 0;
        return new Scalar(
            Limb.Adc(r0, N0 & mask, ref carry),
            Limb.Adc(r1, N1 & mask, ref carry),
            Limb.Adc(r2, N2 & mask, ref carry),
            Limb.Adc(r3, N3 & mask, ref carry));
    }

    public static Scalar Negate(in Scalar a) => Sub(default, a);

    public static Scalar Mul(in Scalar a, in Scalar b) => MontgomeryMul(MontgomeryMul(a, b), R2);

    /// <summary>
    /// a^(n-2) = a⁻¹ (0 for 0) by fixed 4-bit windows over the public exponent: 252 squarings and
    /// 63 multiplications whatever a is.
    /// </summary>
    public static Scalar Inverse(in Scalar a)
    {
        Span<Scalar> powers = stackalloc Scalar[16];
        // Montgomery domain throughout: powers[i] = a^i · R.
        powers[0] = MontgomeryMul(One, R2);
        powers[1] = MontgomeryMul(a, R2);
        for (int i = 2; i < 16; i++) powers[i] = MontgomeryMul(powers[i - 1], powers[1]);

        var exponent = new Scalar(N0 - 2, N1, N2, N3);
        var acc = powers[exponent.Nibble(63)];
        for (int i = 62; i >= 0; i--)
        {
            acc = MontgomeryMul(acc, acc);
            acc = MontgomeryMul(acc, acc);
            acc = MontgomeryMul(acc, acc);
            acc = MontgomeryMul(acc, acc);
            acc = MontgomeryMul(acc, powers[exponent.Nibble(i)]);
        }
        powers.Clear();
        return MontgomeryMul(acc, One);
    }

    /// <summary>a·b·2^-256 mod n, CIOS with the extra carry word (n is above 2^255), unrolled over locals.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Scalar MontgomeryMul(in Scalar a, in Scalar b)
    {
        ulong a0 = a.L0, a1 = a.L1, a2 = a.L2, a3 = a.L3;
        ulong t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5, c, k, m;

        c = Limb.Mac(a0, b.L0, 0, out t0);
        c = Limb.Mac2(a1, b.L0, t1, c, out t1);
        c = Limb.Mac2(a2, b.L0, t2, c, out t2);
        c = Limb.Mac2(a3, b.L0, t3, c, out t3);
        k = 0;
        t4 = Limb.Adc(t4, c, ref k);
        t5 = k;
        m = t0 * NInvNeg;
        c = Limb.Mac(m, N0, t0, out _);
        c = Limb.Mac2(m, N1, t1, c, out t0);
        c = Limb.Mac2(m, N2, t2, c, out t1);
        c = Limb.Mac2(m, N3, t3, c, out t2);
        k = 0;
        t3 = Limb.Adc(t4, c, ref k);
        t4 = t5 + k;

        c = Limb.Mac(a0, b.L1, t0, out t0);
        c = Limb.Mac2(a1, b.L1, t1, c, out t1);
        c = Limb.Mac2(a2, b.L1, t2, c, out t2);
        c = Limb.Mac2(a3, b.L1, t3, c, out t3);
        k = 0;
        t4 = Limb.Adc(t4, c, ref k);
        t5 = k;
        m = t0 * NInvNeg;
        c = Limb.Mac(m, N0, t0, out _);
        c = Limb.Mac2(m, N1, t1, c, out t0);
        c = Limb.Mac2(m, N2, t2, c, out t1);
        c = Limb.Mac2(m, N3, t3, c, out t2);
        k = 0;
        t3 = Limb.Adc(t4, c, ref k);
        t4 = t5 + k;

        c = Limb.Mac(a0, b.L2, t0, out t0);
        c = Limb.Mac2(a1, b.L2, t1, c, out t1);
        c = Limb.Mac2(a2, b.L2, t2, c, out t2);
        c = Limb.Mac2(a3, b.L2, t3, c, out t3);
        k = 0;
        t4 = Limb.Adc(t4, c, ref k);
        t5 = k;
        m = t0 * NInvNeg;
        c = Limb.Mac(m, N0, t0, out _);
        c = Limb.Mac2(m, N1, t1, c, out t0);
        c = Limb.Mac2(m, N2, t2, c, out t1);
        c = Limb.Mac2(m, N3, t3, c, out t2);
        k = 0;
        t3 = Limb.Adc(t4, c, ref k);
        t4 = t5 + k;

        c = Limb.Mac(a0, b.L3, t0, out t0);
        c = Limb.Mac2(a1, b.L3, t1, c, out t1);
        c = Limb.Mac2(a2, b.L3, t2, c, out t2);
        c = Limb.Mac2(a3, b.L3, t3, c, out t3);
        k = 0;
        t4 = Limb.Adc(t4, c, ref k);
        t5 = k;
        m = t0 * NInvNeg;
        c = Limb.Mac(m, N0, t0, out _);
        c = Limb.Mac2(m, N1, t1, c, out t0);
        c = Limb.Mac2(m, N2, t2, c, out t1);
        c = Limb.Mac2(m, N3, t3, c, out t2);
        k = 0;
        t3 = Limb.Adc(t4, c, ref k);
        t4 = t5 + k;

        // t < 2n: subtract n when t carried past 2^256 or is at least n.
        var value = new Scalar(t0, t1, t2, t3);
        ulong borrow = SubtractN(value, out var reduced);
        return Select(0UL - (t4 | (borrow ^ 1)), reduced, value);
    }

    /// <summary>value - n mod 2^256 and the borrow (1 when value &lt; n).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong SubtractN(in Scalar value, out Scalar difference)
    {
        ulong borrow = 0;
        difference = new Scalar(
            Limb.Sbb(value.L0, N0, ref borrow),
            Limb.Sbb(value.L1, N1, ref borrow),
            Limb.Sbb(value.L2, N2, ref borrow),
            Limb.Sbb(value.L3, N3, ref borrow));
        return borrow;
    }

    private static Scalar ReadRaw(ReadOnlySpan<byte> bigEndian32) => new(
        BinaryPrimitives.ReadUInt64BigEndian(bigEndian32[24..]),
        BinaryPrimitives.ReadUInt64BigEndian(bigEndian32[16..]),
        BinaryPrimitives.ReadUInt64BigEndian(bigEndian32[8..]),
        BinaryPrimitives.ReadUInt64BigEndian(bigEndian32));
}
