using System.Runtime.CompilerServices;

namespace Rollup.Prover.Fields;

/// <summary>
/// Fp6 = Fp2[v]/(v^3 - ξ) with ξ = 9 + u: C0 + C1·v + C2·v^2. ξ is neither a square nor a
/// cube in Fp2, so v^3 - ξ is irreducible.
/// </summary>
public readonly partial struct Fp6 : IEquatable<Fp6>
{
    public readonly Fp2 C0, C1, C2;

    public Fp6(in Fp2 c0, in Fp2 c1, in Fp2 c2)
    {
        C0 = c0; C1 = c1; C2 = c2;
    }

    public static readonly Fp6 Zero;
    public static readonly Fp6 One = new(Fp2.One, Fp2.Zero, Fp2.Zero);

    public bool IsZero => C0.IsZero && C1.IsZero && C2.IsZero;
    public bool IsOne => C0.IsOne && C1.IsZero && C2.IsZero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp6 Add(in Fp6 a, in Fp6 b) => new(a.C0 + b.C0, a.C1 + b.C1, a.C2 + b.C2);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp6 Sub(in Fp6 a, in Fp6 b) => new(a.C0 - b.C0, a.C1 - b.C1, a.C2 - b.C2);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp6 Negate(in Fp6 a) => new(-a.C0, -a.C1, -a.C2);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp6 Double(in Fp6 a) => new(Fp2.Double(a.C0), Fp2.Double(a.C1), Fp2.Double(a.C2));

    /// <summary>
    /// Karatsuba over the three coefficients: six Fp2 multiplications. Products landing on
    /// v^3 and v^4 fold back as ξ and ξ·v.
    /// </summary>
    public static Fp6 Mul(in Fp6 a, in Fp6 b)
    {
        var t0 = a.C0 * b.C0;
        var t1 = a.C1 * b.C1;
        var t2 = a.C2 * b.C2;
        var c0 = t0 + Fp2.MulByXi((a.C1 + a.C2) * (b.C1 + b.C2) - t1 - t2);
        var c1 = (a.C0 + a.C1) * (b.C0 + b.C1) - t0 - t1 + Fp2.MulByXi(t2);
        var c2 = (a.C0 + a.C2) * (b.C0 + b.C2) - t0 - t2 + t1;
        return new Fp6(c0, c1, c2);
    }

    /// <summary>
    /// Chung-Hasan SQR2: two squarings and three multiplications in Fp2 instead of six
    /// multiplications.
    /// </summary>
    public static Fp6 Square(in Fp6 a)
    {
        var s0 = Fp2.Square(a.C0);
        var ab = a.C0 * a.C1;
        var s1 = Fp2.Double(ab);
        var s2 = Fp2.Square(a.C0 - a.C1 + a.C2);
        var bc = a.C1 * a.C2;
        var s3 = Fp2.Double(bc);
        var s4 = Fp2.Square(a.C2);
        var c0 = s0 + Fp2.MulByXi(s3);
        var c1 = s1 + Fp2.MulByXi(s4);
        var c2 = s1 + s2 + s3 - s0 - s4;
        return new Fp6(c0, c1, c2);
    }

    public static Fp6 MulByFp2(in Fp6 a, in Fp2 s) => new(a.C0 * s, a.C1 * s, a.C2 * s);

    /// <summary>(c0 + c1·v + c2·v^2)·v = ξ·c2 + c0·v + c1·v^2.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp6 MulByV(in Fp6 a) => new(Fp2.MulByXi(a.C2), a.C0, a.C1);

    /// <summary>
    /// Through the adjugate: with A = c0^2 - ξ·c1·c2, B = ξ·c2^2 - c0·c1, C = c1^2 - c0·c2,
    /// (c0 + c1·v + c2·v^2)(A + B·v + C·v^2) = c0·A + ξ(c2·B + c1·C), an element of Fp2.
    /// </summary>
    public static Fp6 Inverse(in Fp6 a)
    {
        if (a.IsZero) throw new DivideByZeroException("zero has no inverse in Fp6");
        var A = Fp2.Square(a.C0) - Fp2.MulByXi(a.C1 * a.C2);
        var B = Fp2.MulByXi(Fp2.Square(a.C2)) - a.C0 * a.C1;
        var C = Fp2.Square(a.C1) - a.C0 * a.C2;
        var f = a.C0 * A + Fp2.MulByXi(a.C2 * B + a.C1 * C);
        var fi = Fp2.Inverse(f);
        return new Fp6(A * fi, B * fi, C * fi);
    }

    /// <summary>x^(p^k): v^(p^k) = v·ξ^((p^k - 1)/3) = v·γ(k, 2), and v^2 picks up γ(k, 4).</summary>
    public static Fp6 Frobenius(in Fp6 a, int k)
    {
        k %= 12;
        if (k < 0) k += 12;
        return new Fp6(
            Fp2.Frobenius(a.C0, k),
            Fp2.Frobenius(a.C1, k) * FrobeniusCoefficients.Gamma(k, 2),
            Fp2.Frobenius(a.C2, k) * FrobeniusCoefficients.Gamma(k, 4));
    }

    public static Fp6 operator +(in Fp6 a, in Fp6 b) => Add(a, b);
    public static Fp6 operator -(in Fp6 a, in Fp6 b) => Sub(a, b);
    public static Fp6 operator *(in Fp6 a, in Fp6 b) => Mul(a, b);
    public static Fp6 operator -(in Fp6 a) => Negate(a);
    public static bool operator ==(in Fp6 a, in Fp6 b) => a.Equals(b);
    public static bool operator !=(in Fp6 a, in Fp6 b) => !a.Equals(b);

    public bool Equals(Fp6 other) => C0.Equals(other.C0) && C1.Equals(other.C1) && C2.Equals(other.C2);
    public override bool Equals(object? obj) => obj is Fp6 o && Equals(o);
    public override int GetHashCode() => HashCode.Combine(C0, C1, C2);
    public override string ToString() => $"[{C0}, {C1}, {C2}]";
}
