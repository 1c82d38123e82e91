using Rollup.Core.Fields.Lanes;
using System.Runtime.InteropServices;
using Rollup.Prover.Fields;
using Rollup.Prover.Fields.Lanes;

namespace Rollup.Prover.Curves;

/// <summary>
/// Inverting many non-zero field elements at once (Montgomery's trick: one inversion and three
/// multiplications per element), as batched affine additions need for their slopes.
/// </summary>
internal static class BatchInversion
{
    // Below this the lane path's fixed cost (eight lanes combined and split around one inversion) does not pay.
    private const int LaneThreshold = 32;

    /// <summary>Replaces each non-zero value by its inverse (zeros stay zero); scratch holds at least values.Length elements.</summary>
    public static void Invert<TF>(Span<TF> values, Span<TF> scratch) where TF : struct, IFieldElement<TF>
    {
        if (values.IsEmpty) return;
        if (typeof(TF) == typeof(Fp) && values.Length >= LaneThreshold && scratch.Length >= ((values.Length + 7) & ~7) && Lanes8.IsSupported)
        {
            LaneBatchInversion.Invert(MemoryMarshal.Cast<TF, Fp>(values), MemoryMarshal.Cast<TF, Fp>(scratch));
            return;
        }
        var product = TF.One;
        for (int k = 0; k < values.Length; k++)
        {
            scratch[k] = product;
            if (!values[k].IsZero) product = TF.Mul(product, values[k]);
        }
        var inverse = TF.Inverse(product);
        for (int k = values.Length - 1; k >= 0; k--)
        {
            if (values[k].IsZero) continue;
            var inverseK = TF.Mul(inverse, scratch[k]);
            inverse = TF.Mul(inverse, values[k]);
            values[k] = inverseK;
        }
    }

    /// <summary>
    /// Fp2 inverses through the norm, 1/a = conj(a)/N(a) with N(a) = a0² + a1² in Fp: the batch
    /// runs over the norms in Fp, so about 7 base multiplications per element instead of the 9
    /// of three Fp2 products. scratch (Fp2 elements, reused as twice as many Fp) holds at least
    /// values.Length elements.
    /// </summary>
    public static void InvertViaNorm(Span<Fp2> values, Span<Fp2> scratch)
    {
        var fp = MemoryMarshal.Cast<Fp2, Fp>(scratch);
        var norms = fp[..values.Length];
        var prefix = fp[values.Length..];
        int k = 0;
        // Norms and the final products eight at a time in lanes, the rest one by one.
        bool lanes = Lanes8.IsSupported;
        for (; lanes && k + 8 <= values.Length; k += 8) LaneFp2.Norms(values.Slice(k, 8), norms.Slice(k, 8));
        for (; k < values.Length; k++) norms[k] = Fp2.Norm(values[k]);
        Invert(norms, prefix);
        k = 0;
        for (; lanes && k + 8 <= values.Length; k += 8) LaneFp2.MulConjugatesByFp(values.Slice(k, 8), norms.Slice(k, 8));
        for (; k < values.Length; k++) values[k] = Fp2.MulByFp(Fp2.Conjugate(values[k]), norms[k]);
    }
}
