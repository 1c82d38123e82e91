using System.Runtime.CompilerServices;
using Rollup.Core.Fields;
using M = Rollup.Core.Fields.Montgomery256<Rollup.Prover.Fields.FpModulus>;

namespace Rollup.Prover.Fields;

/// <summary>
/// An element of the BN254 base field p, held in Montgomery form (value * 2^256 mod p).
/// The arithmetic is the core kernel specialised to <see cref="FpModulus"/>; this type only
/// gives it a value shape. Equality compares limbs, which compares values because Montgomery
/// form is a bijection.
/// </summary>
public readonly partial struct Fp : IFieldElement<Fp>
{
    static Fp IFieldElement<Fp>.Zero => Zero;
    static Fp IMultiplicative<Fp>.One => One;

    internal readonly ulong M0, M1, M2, M3;

    internal Fp(ulong m0, ulong m1, ulong m2, ulong m3)
    {
        M0 = m0; M1 = m1; M2 = m2; M3 = m3;
    }

    public static readonly Fp Zero;
    public static readonly Fp One = new(FpModulus.One0, FpModulus.One1, FpModulus.One2, FpModulus.One3);

    /// <summary>p as an integer.</summary>
    public static readonly UInt256 Modulus = new(FpModulus.Q0, FpModulus.Q1, FpModulus.Q2, FpModulus.Q3);

    public bool IsZero => (M0 | M1 | M2 | M3) == 0;
    public bool IsOne => M0 == FpModulus.One0 && M1 == FpModulus.One1 && M2 == FpModulus.One2 && M3 == FpModulus.One3;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp Add(in Fp a, in Fp b)
    {
        M.Add(a.M0, a.M1, a.M2, a.M3, b.M0, b.M1, b.M2, b.M3, out var r0, out var r1, out var r2, out var r3);
        return new Fp(r0, r1, r2, r3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp Sub(in Fp a, in Fp b)
    {
        M.Sub(a.M0, a.M1, a.M2, a.M3, b.M0, b.M1, b.M2, b.M3, out var r0, out var r1, out var r2, out var r3);
        return new Fp(r0, r1, r2, r3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp Mul(in Fp a, in Fp b)
    {
        M.Mul(a.M0, a.M1, a.M2, a.M3, b.M0, b.M1, b.M2, b.M3, out var r0, out var r1, out var r2, out var r3);
        return new Fp(r0, r1, r2, r3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp Square(in Fp a) => Mul(a, a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp Double(in Fp a) => Add(a, a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp Negate(in Fp a)
    {
        M.Neg(a.M0, a.M1, a.M2, a.M3, out var r0, out var r1, out var r2, out var r3);
        return new Fp(r0, r1, r2, r3);
    }

    /// <summary>The multiplicative inverse; throws on zero, which has none.</summary>
    public static Fp Inverse(in Fp a)
    {
        if (a.IsZero) throw new DivideByZeroException("zero has no inverse in Fp");
        M.Inverse(a.M0, a.M1, a.M2, a.M3, out var r0, out var r1, out var r2, out var r3);
        return new Fp(r0, r1, r2, r3);
    }

    public static Fp Pow(in Fp a, in UInt256 e)
    {
        ReadOnlySpan<ulong> limbs = [e.L0, e.L1, e.L2, e.L3];
        M.Pow(a.M0, a.M1, a.M2, a.M3, limbs, out var r0, out var r1, out var r2, out var r3);
        return new Fp(r0, r1, r2, r3);
    }

    public static Fp Pow(in Fp a, ulong e) => Pow(a, new UInt256(e));

    public static Fp operator +(in Fp a, in Fp b) => Add(a, b);
    public static Fp operator -(in Fp a, in Fp b) => Sub(a, b);
    public static Fp operator *(in Fp a, in Fp b) => Mul(a, b);
    public static Fp operator -(in Fp a) => Negate(a);
    public static bool operator ==(in Fp a, in Fp b) => a.Equals(b);
    public static bool operator !=(in Fp a, in Fp b) => !a.Equals(b);

    public bool Equals(Fp other) => M0 == other.M0 && M1 == other.M1 && M2 == other.M2 && M3 == other.M3;
    public override bool Equals(object? obj) => obj is Fp o && Equals(o);
    public override int GetHashCode() => HashCode.Combine(M0, M1, M2, M3);
}
