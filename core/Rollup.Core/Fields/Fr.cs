using System.Runtime.CompilerServices;
using M = Rollup.Core.Fields.Montgomery256<Rollup.Core.Fields.FrModulus>;

namespace Rollup.Core.Fields;

/// <summary>
/// An element of the BN254 scalar field r, held in Montgomery form. Every protocol value,
/// tree node and circuit wire is one of these. Equality and hashing are on the value;
/// ordering compares canonical integers (used for range rules, never for arithmetic).
/// </summary>
public readonly partial struct Fr : IEquatable<Fr>, IComparable<Fr>
{
    // Montgomery form: value * 2^256 mod r.
    internal readonly ulong M0, M1, M2, M3;

    internal Fr(ulong m0, ulong m1, ulong m2, ulong m3)
    {
        M0 = m0; M1 = m1; M2 = m2; M3 = m3;
    }

    public static readonly Fr Zero;
    public static readonly Fr One = new(FrModulus.One0, FrModulus.One1, FrModulus.One2, FrModulus.One3);

    /// <summary>r as an integer.</summary>
    public static readonly UInt256 Modulus = new(FrModulus.Q0, FrModulus.Q1, FrModulus.Q2, FrModulus.Q3);

    public bool IsZero => (M0 | M1 | M2 | M3) == 0;
    public bool IsOne => M0 == FrModulus.One0 && M1 == FrModulus.One1 && M2 == FrModulus.One2 && M3 == FrModulus.One3;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fr Add(in Fr a, in Fr b)
    {
        M.Add(a.M0, a.M1, a.M2, a.M3, b.M0, b.M1, b.M2, b.M3, out var r0, out var r1, out var r2, out var r3);
        return new Fr(r0, r1, r2, r3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fr Sub(in Fr a, in Fr b)
    {
        M.Sub(a.M0, a.M1, a.M2, a.M3, b.M0, b.M1, b.M2, b.M3, out var r0, out var r1, out var r2, out var r3);
        return new Fr(r0, r1, r2, r3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fr Mul(in Fr a, in Fr b)
    {
        M.Mul(a.M0, a.M1, a.M2, a.M3, b.M0, b.M1, b.M2, b.M3, out var r0, out var r1, out var r2, out var r3);
        return new Fr(r0, r1, r2, r3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fr Square(in Fr a) => FrKernel.Square(a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fr Double(in Fr a) => Add(a, a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fr Negate(in Fr a)
    {
        M.Neg(a.M0, a.M1, a.M2, a.M3, out var r0, out var r1, out var r2, out var r3);
        return new Fr(r0, r1, r2, r3);
    }

    /// <summary>x^5, the Poseidon S-box.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fr Pow5(in Fr a) => FrKernel.Pow5(a);

    /// <summary>The multiplicative inverse; throws on zero, which has none.</summary>
    public static Fr Inverse(in Fr a)
    {
        if (a.IsZero) throw new DivideByZeroException("zero has no inverse in Fr");
        M.Inverse(a.M0, a.M1, a.M2, a.M3, out var r0, out var r1, out var r2, out var r3);
        return new Fr(r0, r1, r2, r3);
    }

    public static Fr Pow(in Fr a, in UInt256 e)
    {
        ReadOnlySpan<ulong> limbs = [e.L0, e.L1, e.L2, e.L3];
        M.Pow(a.M0, a.M1, a.M2, a.M3, limbs, out var r0, out var r1, out var r2, out var r3);
        return new Fr(r0, r1, r2, r3);
    }

    public static Fr Pow(in Fr a, ulong e) => Pow(a, new UInt256(e));

    /// <summary>
    /// Inverts every non-zero element in place with one field inversion (Montgomery's trick);
    /// zeros stay zero.
    /// </summary>
    public static void BatchInverse(Span<Fr> values)
    {
        if (values.Length == 0) return;
        Fr[]? rented = null;
        Span<Fr> prefix = values.Length <= 64 ? stackalloc Fr[values.Length] : (rented = System.Buffers.ArrayPool<Fr>.Shared.Rent(values.Length));
        var acc = One;
        for (int i = 0; i < values.Length; i++)
        {
            prefix[i] = acc;
            if (!values[i].IsZero) acc = Mul(acc, values[i]);
        }
        var inv = Inverse(acc);
        for (int i = values.Length - 1; i >= 0; i--)
        {
            if (values[i].IsZero) continue;
            var next = Mul(inv, values[i]);
            values[i] = Mul(inv, prefix[i]);
            inv = next;
        }
        if (rented is not null) System.Buffers.ArrayPool<Fr>.Shared.Return(rented);
    }

    public static Fr operator +(in Fr a, in Fr b) => Add(a, b);
    public static Fr operator -(in Fr a, in Fr b) => Sub(a, b);
    public static Fr operator *(in Fr a, in Fr b) => Mul(a, b);
    public static Fr operator -(in Fr a) => Negate(a);
    public static bool operator ==(in Fr a, in Fr b) => a.Equals(b);
    public static bool operator !=(in Fr a, in Fr b) => !a.Equals(b);

    // Montgomery form is a bijection, so comparing limbs compares values.
    public bool Equals(Fr other) => M0 == other.M0 && M1 == other.M1 && M2 == other.M2 && M3 == other.M3;
    public override bool Equals(object? obj) => obj is Fr o && Equals(o);
    public override int GetHashCode() => HashCode.Combine(M0, M1, M2, M3);
    public int CompareTo(Fr other) => ToUInt256().CompareTo(other.ToUInt256());
}
