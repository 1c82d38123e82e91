using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.Curves;

namespace Rollup.Prover.Msm;

/// <summary>
/// [k]·P_i for many points and one scalar, as a phase-2 contribution needs to rescale the C and
/// H queries by 1/δ. The scalar is recoded once into width-5 NAF digits (odd, |d| ≤ 15, about
/// one in six non-zero); each point then costs 254 doublings, ~43 additions and its own table
/// of odd multiples P, 3P, ..., 15P. Chunks run in parallel and are normalised with one
/// inversion each.
/// </summary>
public static class SharedScalarMultiplication
{
    private const int NafWidth = 5;
    private const int ChunkSize = 1024;

    public static G1Affine[] MultiplyAll(ReadOnlySpan<G1Affine> points, in Fr k) => MultiplyAll<G1, G1Affine>(points, k);

    public static G2Affine[] MultiplyAll(ReadOnlySpan<G2Affine> points, in Fr k) => MultiplyAll<G2, G2Affine>(points, k);

    private static TA[] MultiplyAll<TP, TA>(ReadOnlySpan<TA> points, in Fr k)
        where TP : struct, IJacobianPoint<TP, TA>
        where TA : struct
    {
        var naf = Naf(k.ToBigInteger());
        var input = points.ToArray();
        var result = new TA[input.Length];
        int chunks = (input.Length + ChunkSize - 1) / ChunkSize;
        Parallel.For(0, chunks, () => (Buffer: new TP[ChunkSize], Odd: new TP[1 << (NafWidth - 2)]), (chunk, _, local) =>
        {
            int start = chunk * ChunkSize;
            int count = Math.Min(ChunkSize, input.Length - start);
            for (int i = 0; i < count; i++) local.Buffer[i] = Multiply<TP, TA>(input[start + i], naf, local.Odd);
            TP.BatchToAffine(local.Buffer.AsSpan(0, count), result.AsSpan(start, count));
            return local;
        }, _ => { });
        return result;
    }

    private static TP Multiply<TP, TA>(in TA point, sbyte[] naf, Span<TP> odd)
        where TP : struct, IJacobianPoint<TP, TA>
        where TA : struct
    {
        var p = TP.FromAffine(point);
        if (p.IsInfinity) return p;
        // odd[j] = (2j + 1)·P.
        var twice = TP.Double(p);
        odd[0] = p;
        for (int j = 1; j < odd.Length; j++) odd[j] = TP.Add(odd[j - 1], twice);
        var acc = TP.Infinity;
        for (int i = naf.Length - 1; i >= 0; i--)
        {
            acc = TP.Double(acc);
            int d = naf[i];
            if (d > 0) acc = TP.Add(acc, odd[d >> 1]);
            else if (d < 0) acc = TP.Add(acc, TP.Negate(odd[-d >> 1]));
        }
        return acc;
    }

    /// <summary>Width-w NAF digits of k, least significant first: Σ d_i·2^i = k, each d odd or zero.</summary>
    internal static sbyte[] Naf(BigInteger k)
    {
        if (k.Sign < 0) throw new ArgumentOutOfRangeException(nameof(k), "scalar must be non-negative");
        var digits = new List<sbyte>(260);
        int modulus = 1 << NafWidth;
        while (!k.IsZero)
        {
            int d = 0;
            if (!k.IsEven)
            {
                d = (int)(k & (modulus - 1));
                if (d >= modulus / 2) d -= modulus;
                k -= d;
            }
            digits.Add((sbyte)d);
            k >>= 1;
        }
        return digits.ToArray();
    }
}
