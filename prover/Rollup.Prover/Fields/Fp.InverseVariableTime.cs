using System.Numerics;
using Rollup.Core.Fields;
using M = Rollup.Core.Fields.Montgomery256<Rollup.Prover.Fields.FpModulus>;

namespace Rollup.Prover.Fields;

public readonly partial struct Fp
{
    // R³ mod p: a Montgomery product with it turns the plain inverse of xR into the Montgomery form of 1/x.
    private static readonly Fp RCubed = FromRaw((BigInteger.One << 768) % Modulus.ToBigInteger());

    private static Fp FromRaw(BigInteger v)
    {
        var limbs = UInt256.FromBigInteger(v);
        return new Fp(limbs.L0, limbs.L1, limbs.L2, limbs.L3);
    }

    /// <summary>
    /// The inverse by the binary extended Euclidean algorithm, two to three times faster than
    /// Fermat's a^(p−2) but with a running time that depends on a. For public values only, as the
    /// MSM's batched slopes (point coordinates); secrets use <see cref="Inverse"/>.
    /// </summary>
    internal static Fp InverseVariableTime(in Fp a)
    {
        if (a.IsZero) throw new DivideByZeroException("zero has no inverse in Fp");
        // Invariants: x1·A ≡ u and x2·A ≡ v (mod p) for the integer A = a's Montgomery limbs.
        ulong u0 = a.M0, u1 = a.M1, u2 = a.M2, u3 = a.M3;
        ulong v0 = FpModulus.Q0, v1 = FpModulus.Q1, v2 = FpModulus.Q2, v3 = FpModulus.Q3;
        ulong a0 = 1, a1 = 0, a2 = 0, a3 = 0;
        ulong b0 = 0, b1 = 0, b2 = 0, b3 = 0;
        while (!LimbsAreOne(u0, u1, u2, u3) && !LimbsAreOne(v0, v1, v2, v3))
        {
            while ((u0 & 1) == 0)
            {
                ShiftRight(ref u0, ref u1, ref u2, ref u3);
                Halve(ref a0, ref a1, ref a2, ref a3);
            }
            while ((v0 & 1) == 0)
            {
                ShiftRight(ref v0, ref v1, ref v2, ref v3);
                Halve(ref b0, ref b1, ref b2, ref b3);
            }
            if (GreaterOrEqual(u0, u1, u2, u3, v0, v1, v2, v3))
            {
                Subtract(ref u0, ref u1, ref u2, ref u3, v0, v1, v2, v3);
                M.Sub(a0, a1, a2, a3, b0, b1, b2, b3, out a0, out a1, out a2, out a3);
            }
            else
            {
                Subtract(ref v0, ref v1, ref v2, ref v3, u0, u1, u2, u3);
                M.Sub(b0, b1, b2, b3, a0, a1, a2, a3, out b0, out b1, out b2, out b3);
            }
        }
        var plain = LimbsAreOne(u0, u1, u2, u3) ? new Fp(a0, a1, a2, a3) : new Fp(b0, b1, b2, b3);
        return plain * RCubed;
    }

    private static bool LimbsAreOne(ulong x0, ulong x1, ulong x2, ulong x3) => x0 == 1 && (x1 | x2 | x3) == 0;

    private static void ShiftRight(ref ulong x0, ref ulong x1, ref ulong x2, ref ulong x3)
    {
        x0 = (x0 >> 1) | (x1 << 63);
        x1 = (x1 >> 1) | (x2 << 63);
        x2 = (x2 >> 1) | (x3 << 63);
        x3 >>= 1;
    }

    /// <summary>x/2 mod p for x &lt; p: x + p is even when x is odd, and below 2^255.</summary>
    private static void Halve(ref ulong x0, ref ulong x1, ref ulong x2, ref ulong x3)
    {
        if ((x0 & 1) != 0)
        {
            ulong c = 0;
            x0 = Limb.Adc(x0, FpModulus.Q0, ref c);
            x1 = Limb.Adc(x1, FpModulus.Q1, ref c);
            x2 = Limb.Adc(x2, FpModulus.Q2, ref c);
            x3 = Limb.Adc(x3, FpModulus.Q3, ref c);
        }
        ShiftRight(ref x0, ref x1, ref x2, ref x3);
    }

    private static bool GreaterOrEqual(ulong x0, ulong x1, ulong x2, ulong x3, ulong y0, ulong y1, ulong y2, ulong y3)
    {
        if (x3 != y3) return x3 > y3;
        if (x2 != y2) return x2 > y2;
        if (x1 != y1) return x1 > y1;
        return x0 >= y0;
    }

    private static void Subtract(ref ulong x0, ref ulong x1, ref ulong x2, ref ulong x3, ulong y0, ulong y1, ulong y2, ulong y3)
    {
        ulong b = 0;
        x0 = Limb.Sbb(x0, y0, ref b);
        x1 = Limb.Sbb(x1, y1, ref b);
        x2 = Limb.Sbb(x2, y2, ref b);
        x3 = Limb.Sbb(x3, y3, ref b);
    }
}
