using System.Numerics;
using System.Runtime.CompilerServices;

namespace Rollup.Prover.Fields;

/// <summary>
/// Fp2 = Fp[u]/(u^2 + 1), the field of G2 coordinates: C0 + C1·u. -1 is a non-square in Fp
/// because p = 3 mod 4, which makes u^2 + 1 irreducible.
/// </summary>
public readonly partial struct Fp2 : IFieldElement<Fp2>
{
    static Fp2 IFieldElement<Fp2>.Zero => Zero;
    static Fp2 IMultiplicative<Fp2>.One => One;

    public readonly Fp C0, C1;

    public Fp2(in Fp c0, in Fp c1)
    {
        C0 = c0; C1 = c1;
    }

    public static readonly Fp2 Zero;
    public static readonly Fp2 One = new(Fp.One, Fp.Zero);

    /// <summary>ξ = 9 + u: the non-residue defining Fp6 (v^3 = ξ) and the twist b' = 3/ξ.</summary>
    public static readonly Fp2 Xi = new(Fp.FromUInt64(9), Fp.One);

    public bool IsZero => C0.IsZero && C1.IsZero;
    public bool IsOne => C0.IsOne && C1.IsZero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp2 Add(in Fp2 a, in Fp2 b) => new(a.C0 + b.C0, a.C1 + b.C1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp2 Sub(in Fp2 a, in Fp2 b) => new(a.C0 - b.C0, a.C1 - b.C1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp2 Negate(in Fp2 a) => new(-a.C0, -a.C1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp2 Double(in Fp2 a) => new(Fp.Double(a.C0), Fp.Double(a.C1));

    /// <summary>Karatsuba: three base multiplications instead of four.</summary>
    public static Fp2 Mul(in Fp2 a, in Fp2 b)
    {
        var t0 = a.C0 * b.C0;
        var t1 = a.C1 * b.C1;
        var cross = (a.C0 + a.C1) * (b.C0 + b.C1);
        return new Fp2(t0 - t1, cross - t0 - t1);
    }

    /// <summary>(a + bu)^2 = (a + b)(a - b) + 2ab·u: two base multiplications.</summary>
    public static Fp2 Square(in Fp2 a)
    {
        var c0 = (a.C0 + a.C1) * (a.C0 - a.C1);
        var ab = a.C0 * a.C1;
        return new Fp2(c0, Fp.Double(ab));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp2 MulByFp(in Fp2 a, in Fp s) => new(a.C0 * s, a.C1 * s);

    /// <summary>(9 + u)(a + bu) = (9a - b) + (a + 9b)u, with additions only.</summary>
    public static Fp2 MulByXi(in Fp2 a)
    {
        var a8 = Fp.Double(Fp.Double(Fp.Double(a.C0)));
        var b8 = Fp.Double(Fp.Double(Fp.Double(a.C1)));
        return new Fp2(a8 + a.C0 - a.C1, a.C0 + b8 + a.C1);
    }

    /// <summary>a - bu, which is also the p-power Frobenius because u^p = -u.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp2 Conjugate(in Fp2 a) => new(a.C0, -a.C1);

    /// <summary>The norm a^2 + b^2 = (a + bu)(a - bu), an element of Fp.</summary>
    public static Fp Norm(in Fp2 a) => Fp.Square(a.C0) + Fp.Square(a.C1);

    /// <summary>conj(a) / norm(a); throws on zero.</summary>
    public static Fp2 Inverse(in Fp2 a)
    {
        if (a.IsZero) throw new DivideByZeroException("zero has no inverse in Fp2");
        var n = Fp.Inverse(Norm(a));
        return new Fp2(a.C0 * n, -(a.C1 * n));
    }

    /// <summary>x^(p^k): conjugation for odd k, identity for even k.</summary>
    public static Fp2 Frobenius(in Fp2 a, int k) => (k & 1) == 0 ? a : Conjugate(a);

    /// <summary>a^e for a non-negative exponent; square-and-multiply, not constant time.</summary>
    public static Fp2 Pow(in Fp2 a, BigInteger e) => Exponentiation.Pow(a, e);

    public static Fp2 operator +(in Fp2 a, in Fp2 b) => Add(a, b);
    public static Fp2 operator -(in Fp2 a, in Fp2 b) => Sub(a, b);
    public static Fp2 operator *(in Fp2 a, in Fp2 b) => Mul(a, b);
    public static Fp2 operator -(in Fp2 a) => Negate(a);
    public static bool operator ==(in Fp2 a, in Fp2 b) => a.Equals(b);
    public static bool operator !=(in Fp2 a, in Fp2 b) => !a.Equals(b);

    public bool Equals(Fp2 other) => C0.Equals(other.C0) && C1.Equals(other.C1);
    public override bool Equals(object? obj) => obj is Fp2 o && Equals(o);
    public override int GetHashCode() => HashCode.Combine(C0, C1);
    public override string ToString() => $"({C0}, {C1})";

    /// <summary>Parses two canonical decimal strings (c0, c1), as snarkjs writes an Fp2 coordinate.</summary>
    public static Fp2 Parse(string c0, string c1) => new(Fp.Parse(c0), Fp.Parse(c1));
}
