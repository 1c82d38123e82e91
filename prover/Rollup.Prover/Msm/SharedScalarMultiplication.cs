using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.Curves;

namespace Rollup.Prover.Msm;

/// <summary>
/// [k]·P_i for many points and one scalar, as a phase-2 contribution needs to rescale the C and
/// H queries by 1/δ. The scalar is recoded once into width-5 NAF digits (odd, |d| ≤ 15, about
/// one in six non-zero); each point then gets its own table of odd multiples P, 3P, ..., 15P.
/// In G1 the GLV split k = k1 + k2·λ halves the doublings (127 instead of 254), with φ(P)'s
/// table costing only a multiplication by β per entry. Chunks run in parallel and are
/// normalised with one inversion each.
/// </summary>
public static class SharedScalarMultiplication
{
    private const int NafWidth = 5;
    private const int TableSize = 1 << (NafWidth - 2);
    private const int ChunkSize = 1024;

    public static G1Affine[] MultiplyAll(ReadOnlySpan<G1Affine> points, in Fr k)
    {
        var (k1, k2) = G1Endomorphism.Decompose(k.ToBigInteger());
        bool negate1 = k1.Sign < 0, negate2 = k2.Sign < 0;
        var naf1 = Naf(UInt256.FromBigInteger(BigInteger.Abs(k1)));
        var naf2 = Naf(UInt256.FromBigInteger(BigInteger.Abs(k2)));
        try
        {
            return RunChunks<G1, G1Affine>(points, 2 * TableSize, (in G1Affine point, G1[] table) =>
            {
                var p = point.ToJacobian();
                if (p.IsInfinity) return p;
                var odd = table.AsSpan(0, TableSize);
                var oddPhi = table.AsSpan(TableSize, TableSize);
                OddMultiples<G1, G1Affine>(p, odd);
                for (int j = 0; j < TableSize; j++) oddPhi[j] = G1Endomorphism.Apply(odd[j]);
                var acc = G1.Infinity;
                for (int i = Math.Max(naf1.Length, naf2.Length) - 1; i >= 0; i--)
                {
                    acc = G1.Double(acc);
                    if (i < naf1.Length) acc = AddDigit<G1, G1Affine>(acc, odd, naf1[i], negate1);
                    if (i < naf2.Length) acc = AddDigit<G1, G1Affine>(acc, oddPhi, naf2[i], negate2);
                }
                return acc;
            });
        }
        finally
        {
            // The digits spell out the scalar, which is a contribution secret.
            Array.Clear(naf1);
            Array.Clear(naf2);
        }
    }

    public static G2Affine[] MultiplyAll(ReadOnlySpan<G2Affine> points, in Fr k)
    {
        var naf = Naf(k.ToUInt256());
        try
        {
            return RunChunks<G2, G2Affine>(points, TableSize, (in G2Affine point, G2[] odd) =>
            {
                var p = point.ToJacobian();
                if (p.IsInfinity) return p;
                OddMultiples<G2, G2Affine>(p, odd);
                var acc = G2.Infinity;
                for (int i = naf.Length - 1; i >= 0; i--)
                    acc = AddDigit<G2, G2Affine>(G2.Double(acc), odd, naf[i], negate: false);
                return acc;
            });
        }
        finally
        {
            Array.Clear(naf);
        }
    }

    private delegate TP PointKernel<TP, TA>(in TA point, TP[] scratch);

    private static TA[] RunChunks<TP, TA>(ReadOnlySpan<TA> points, int scratchSize, PointKernel<TP, TA> kernel)
        where TP : struct, IJacobianPoint<TP, TA>
        where TA : struct
    {
        var input = points.ToArray();
        var result = new TA[input.Length];
        int chunks = (input.Length + ChunkSize - 1) / ChunkSize;
        Parallel.For(0, chunks, () => (Buffer: new TP[ChunkSize], Scratch: new TP[scratchSize]), (chunk, _, local) =>
        {
            int start = chunk * ChunkSize;
            int count = Math.Min(ChunkSize, input.Length - start);
            for (int i = 0; i < count; i++) local.Buffer[i] = kernel(input[start + i], local.Scratch);
            TP.BatchToAffine(local.Buffer.AsSpan(0, count), result.AsSpan(start, count));
            return local;
        }, _ => { });
        return result;
    }

    /// <summary>odd[j] = (2j + 1)·P.</summary>
    private static void OddMultiples<TP, TA>(in TP p, Span<TP> odd)
        where TP : struct, IJacobianPoint<TP, TA>
        where TA : struct
    {
        var twice = TP.Double(p);
        odd[0] = p;
        for (int j = 1; j < odd.Length; j++) odd[j] = TP.Add(odd[j - 1], twice);
    }

    /// <summary>acc + d·P (or − d·P when <paramref name="negate"/>), from the odd multiples of P.</summary>
    private static TP AddDigit<TP, TA>(in TP acc, ReadOnlySpan<TP> odd, int d, bool negate)
        where TP : struct, IJacobianPoint<TP, TA>
        where TA : struct
    {
        if (d == 0) return acc;
        var term = odd[Math.Abs(d) >> 1];
        return TP.Add(acc, (d < 0) ^ negate ? TP.Negate(term) : term);
    }

    /// <summary>Width-w NAF digits of k, least significant first: Σ d_i·2^i = k, each d odd or zero.</summary>
    internal static sbyte[] Naf(in UInt256 k)
    {
        // Five limbs: adding back a negative digit can carry past 2^256 only in theory (k < r < 2^254).
        Span<ulong> v = [k.L0, k.L1, k.L2, k.L3, 0];
        var digits = new sbyte[UInt256Bits + 2];
        int length = 0;
        const int modulus = 1 << NafWidth;
        while (!IsZero(v))
        {
            int d = 0;
            if ((v[0] & 1) != 0)
            {
                d = (int)(v[0] & (modulus - 1));
                if (d >= modulus / 2) d -= modulus;
                if (d > 0) SubtractSmall(v, (ulong)d);
                else AddSmall(v, (ulong)-d);
            }
            digits[length++] = (sbyte)d;
            ShiftRightOne(v);
        }
        v.Clear();
        var result = digits[..length];
        Array.Clear(digits);
        return result;
    }

    private const int UInt256Bits = 256;

    private static bool IsZero(ReadOnlySpan<ulong> v) => (v[0] | v[1] | v[2] | v[3] | v[4]) == 0;

    private static void SubtractSmall(Span<ulong> v, ulong x)
    {
        for (int i = 0; i < v.Length && x != 0; i++)
        {
            ulong before = v[i];
            v[i] = before - x;
            x = before < x ? 1UL : 0UL;
        }
    }

    private static void AddSmall(Span<ulong> v, ulong x)
    {
        for (int i = 0; i < v.Length && x != 0; i++)
        {
            v[i] += x;
            x = v[i] < x ? 1UL : 0UL;
        }
    }

    private static void ShiftRightOne(Span<ulong> v)
    {
        for (int i = 0; i < v.Length - 1; i++) v[i] = (v[i] >> 1) | (v[i + 1] << 63);
        v[^1] >>= 1;
    }
}
