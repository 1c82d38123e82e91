using Rollup.Core.Fields.Lanes;
using F = Rollup.Core.Fields.Lanes.Montgomery8<Rollup.Prover.Fields.FpModulus>;

namespace Rollup.Prover.Fields.Lanes;

/// <summary>Fp2 steps of batch inversion through the norm, on eight consecutive elements at once.</summary>
internal static class LaneFp2
{
    /// <summary>norms[k] = a0² + a1² for the eight values.</summary>
    public static void Norms(ReadOnlySpan<Fp2> values, Span<Fp> norms)
    {
        Load(values, out var c0, out var c1);
        F.Mul(c0, c0, out c0);
        F.Mul(c1, c1, out c1);
        F.Add(c0, c1, out var norm);
        norm.Store(norms);
    }

    /// <summary>values[k] = conj(values[k])·scales[k] for the eight values.</summary>
    public static void MulConjugatesByFp(Span<Fp2> values, ReadOnlySpan<Fp> scales)
    {
        Load(values, out var c0, out var c1);
        Lanes8.Load(scales, out var scale);
        F.Mul(c0, scale, out c0);
        F.Mul(c1, scale, out c1);
        Lanes8 zero = default;
        F.Sub(zero, c1, out c1);
        c0.Store(ref Real(values, 0), ref Real(values, 1), ref Real(values, 2), ref Real(values, 3),
            ref Real(values, 4), ref Real(values, 5), ref Real(values, 6), ref Real(values, 7));
        c1.Store(ref Imaginary(values, 0), ref Imaginary(values, 1), ref Imaginary(values, 2), ref Imaginary(values, 3),
            ref Imaginary(values, 4), ref Imaginary(values, 5), ref Imaginary(values, 6), ref Imaginary(values, 7));
    }

    private static void Load(ReadOnlySpan<Fp2> v, out Lanes8 c0, out Lanes8 c1)
    {
        Lanes8.Load(in v[0].C0, in v[1].C0, in v[2].C0, in v[3].C0, in v[4].C0, in v[5].C0, in v[6].C0, in v[7].C0, out c0);
        Lanes8.Load(in v[0].C1, in v[1].C1, in v[2].C1, in v[3].C1, in v[4].C1, in v[5].C1, in v[6].C1, in v[7].C1, out c1);
    }

    private static ref Fp Real(Span<Fp2> values, int k) => ref System.Runtime.CompilerServices.Unsafe.AsRef(in values[k].C0);

    private static ref Fp Imaginary(Span<Fp2> values, int k) => ref System.Runtime.CompilerServices.Unsafe.AsRef(in values[k].C1);
}
