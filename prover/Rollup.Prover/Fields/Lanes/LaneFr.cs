using Rollup.Core.Fields.Lanes;
using Rollup.Core.Fields;
using F = Rollup.Core.Fields.Lanes.Montgomery8<Rollup.Core.Fields.FrModulus>;

namespace Rollup.Prover.Fields.Lanes;

/// <summary>
/// Element-wise Fr loops of the prover (NTT butterflies, coset scaling, pointwise products) eight
/// elements at a time. Each returns how many leading elements it handled, a multiple of eight;
/// the caller finishes the rest with scalar code.
/// </summary>
internal static class LaneFr
{
    /// <summary>
    /// Butterflies j in [from, to) of a group split into low and high halves:
    /// (u, v·w^(j·stride)) → (u + v·w, u − v·w). Returns the first j not done.
    /// </summary>
    public static int Butterflies(Span<Fr> low, Span<Fr> high, ReadOnlySpan<Fr> twiddles, int stride, int from, int to)
    {
        int j = from;
        for (; j + 8 <= to; j += 8)
        {
            Lanes8.Load<Fr>(low.Slice(j, 8), out var u);
            Lanes8.Load<Fr>(high.Slice(j, 8), out var v);
            Lanes8 w;
            if (stride == 1)
            {
                Lanes8.Load(twiddles.Slice(j, 8), out w);
            }
            else
            {
                int t = j * stride;
                Lanes8.Load(in twiddles[t], in twiddles[t + stride], in twiddles[t + 2 * stride], in twiddles[t + 3 * stride],
                    in twiddles[t + 4 * stride], in twiddles[t + 5 * stride], in twiddles[t + 6 * stride], in twiddles[t + 7 * stride], out w);
            }
            F.Mul(v, w, out v);
            F.Add(u, v, out var sum);
            F.Sub(u, v, out var difference);
            sum.Store(low.Slice(j, 8));
            difference.Store(high.Slice(j, 8));
        }
        return j;
    }

    /// <summary>r[k] = a[k]·b[k]; r may be a or b.</summary>
    public static int Multiply(ReadOnlySpan<Fr> a, ReadOnlySpan<Fr> b, Span<Fr> r)
    {
        int k = 0;
        for (; k + 8 <= r.Length; k += 8)
        {
            Lanes8.Load(a.Slice(k, 8), out var x);
            Lanes8.Load(b.Slice(k, 8), out var y);
            F.Mul(x, y, out x);
            x.Store(r.Slice(k, 8));
        }
        return k;
    }

    /// <summary>c[k] = a[k]·b[k] − c[k].</summary>
    public static int MultiplySubtract(ReadOnlySpan<Fr> a, ReadOnlySpan<Fr> b, Span<Fr> c)
    {
        int k = 0;
        for (; k + 8 <= c.Length; k += 8)
        {
            Lanes8.Load(a.Slice(k, 8), out var x);
            Lanes8.Load(b.Slice(k, 8), out var y);
            Lanes8.Load<Fr>(c.Slice(k, 8), out var z);
            F.Mul(x, y, out x);
            F.Sub(x, z, out x);
            x.Store(c.Slice(k, 8));
        }
        return k;
    }

    /// <summary>
    /// values[k] = first·ratio^k (fill) or values[k] *= first·ratio^k, for k below the returned
    /// count: lane i starts at first·ratio^i and steps by ratio^8.
    /// </summary>
    public static int ScaleByPowers(Span<Fr> values, in Fr first, in Fr ratio, bool fill)
    {
        if (values.Length < 8) return 0;
        Span<Fr> start = stackalloc Fr[8];
        start[0] = first;
        for (int i = 1; i < 8; i++) start[i] = start[i - 1] * ratio;
        var step = Fr.Square(Fr.Square(Fr.Square(ratio)));
        Lanes8.Load<Fr>(start, out var powers);
        Lanes8.Broadcast(step, out var stride);
        int k = 0;
        for (; k + 8 <= values.Length; k += 8)
        {
            if (fill)
            {
                powers.Store(values.Slice(k, 8));
            }
            else
            {
                Lanes8.Load<Fr>(values.Slice(k, 8), out var x);
                F.Mul(x, powers, out x);
                x.Store(values.Slice(k, 8));
            }
            F.Mul(powers, stride, out powers);
        }
        return k;
    }
}
