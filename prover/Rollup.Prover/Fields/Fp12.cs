using System.Numerics;
using System.Runtime.CompilerServices;

namespace Rollup.Prover.Fields;

/// <summary>
/// Fp12 = Fp6[w]/(w^2 - v): C0 + C1·w, the target field of the pairing (v^3 = ξ, so w^6 = ξ).
/// This is snarkjs' tower too: its nested arrays [[c0.c0, c0.c1, c0.c2], [c1.c0, c1.c1, c1.c2]]
/// map onto C0 and C1 coefficient by coefficient (checked against vk_alphabeta_12).
/// </summary>
public readonly partial struct Fp12 : IEquatable<Fp12>, IMultiplicative<Fp12>
{
    static Fp12 IMultiplicative<Fp12>.One => One;

    public readonly Fp6 C0, C1;

    public Fp12(in Fp6 c0, in Fp6 c1)
    {
        C0 = c0; C1 = c1;
    }

    public static readonly Fp12 Zero;
    public static readonly Fp12 One = new(Fp6.One, Fp6.Zero);

    public bool IsZero => C0.IsZero && C1.IsZero;
    public bool IsOne => C0.IsOne && C1.IsZero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp12 Add(in Fp12 a, in Fp12 b) => new(a.C0 + b.C0, a.C1 + b.C1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp12 Sub(in Fp12 a, in Fp12 b) => new(a.C0 - b.C0, a.C1 - b.C1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp12 Negate(in Fp12 a) => new(-a.C0, -a.C1);

    /// <summary>Karatsuba: three Fp6 multiplications; w^2 folds back as v.</summary>
    public static Fp12 Mul(in Fp12 a, in Fp12 b)
    {
        var t0 = a.C0 * b.C0;
        var t1 = a.C1 * b.C1;
        var c1 = (a.C0 + a.C1) * (b.C0 + b.C1) - t0 - t1;
        return new Fp12(t0 + Fp6.MulByV(t1), c1);
    }

    /// <summary>
    /// Complex squaring: (a + bw)^2 = (a + b)(a + vb) - ab - v·ab + 2ab·w, two Fp6
    /// multiplications.
    /// </summary>
    public static Fp12 Square(in Fp12 a)
    {
        var ab = a.C0 * a.C1;
        var c0 = (a.C0 + a.C1) * (a.C0 + Fp6.MulByV(a.C1)) - ab - Fp6.MulByV(ab);
        return new Fp12(c0, Fp6.Double(ab));
    }

    /// <summary>a - bw = x^(p^6); the inverse for elements of norm one (the cyclotomic subgroup).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp12 Conjugate(in Fp12 a) => new(a.C0, -a.C1);

    /// <summary>(a - bw) / (a^2 - v·b^2).</summary>
    public static Fp12 Inverse(in Fp12 a)
    {
        if (a.IsZero) throw new DivideByZeroException("zero has no inverse in Fp12");
        var n = Fp6.Square(a.C0) - Fp6.MulByV(Fp6.Square(a.C1));
        var ni = Fp6.Inverse(n);
        return new Fp12(a.C0 * ni, -(a.C1 * ni));
    }

    /// <summary>
    /// x^(p^k): the Fp6 halves map by their own Frobenius, and w^(p^k) = w·γ(k, 1) scales the
    /// odd half (its v^j·w terms are w^(2j+1), which pick up γ(k, 2j+1) = γ(k, 2j)·γ(k, 1)).
    /// </summary>
    public static Fp12 Frobenius(in Fp12 a, int k)
    {
        k %= 12;
        if (k < 0) k += 12;
        var c0 = Fp6.Frobenius(a.C0, k);
        var c1 = Fp6.MulByFp2(Fp6.Frobenius(a.C1, k), FrobeniusCoefficients.Gamma(k, 1));
        return new Fp12(c0, c1);
    }

    /// <summary>a^e for a non-negative exponent; square-and-multiply, not constant time.</summary>
    public static Fp12 Pow(in Fp12 a, BigInteger e) => Exponentiation.Pow(a, e);

    public static Fp12 operator +(in Fp12 a, in Fp12 b) => Add(a, b);
    public static Fp12 operator -(in Fp12 a, in Fp12 b) => Sub(a, b);
    public static Fp12 operator *(in Fp12 a, in Fp12 b) => Mul(a, b);
    public static Fp12 operator -(in Fp12 a) => Negate(a);
    public static bool operator ==(in Fp12 a, in Fp12 b) => a.Equals(b);
    public static bool operator !=(in Fp12 a, in Fp12 b) => !a.Equals(b);

    public bool Equals(Fp12 other) => C0.Equals(other.C0) && C1.Equals(other.C1);
    public override bool Equals(object? obj) => obj is Fp12 o && Equals(o);
    public override int GetHashCode() => HashCode.Combine(C0, C1);
    public override string ToString() => $"{{{C0}, {C1}}}";
}
