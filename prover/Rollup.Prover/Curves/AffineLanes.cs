using Rollup.Core.Fields.Lanes;
using System.Runtime.CompilerServices;
using Rollup.Prover.Fields;
using Rollup.Prover.Fields.Lanes;

namespace Rollup.Prover.Curves;

/// <summary>
/// Eight chord additions on G1 at once (<see cref="AffineFormulas{TF}.Add"/> in the lanes of
/// <see cref="Montgomery8{TMod}"/>), for the batched MSM whose additions are independent.
/// </summary>
internal static class AffineLanes
{
    /// <summary>
    /// targets[k] += addends[k] for eight pairs with distinct x, given inverses[k] = 1/(x2 − x1).
    /// The eight targets must be distinct points in memory.
    /// </summary>
    public static void AddEight(
        ref G1Affine t0, ref G1Affine t1, ref G1Affine t2, ref G1Affine t3,
        ref G1Affine t4, ref G1Affine t5, ref G1Affine t6, ref G1Affine t7,
        ReadOnlySpan<G1Affine> addends, ReadOnlySpan<Fp> inverses)
    {
        Lanes8.Load(in t0.X, in t1.X, in t2.X, in t3.X, in t4.X, in t5.X, in t6.X, in t7.X, out var x1);
        Lanes8.Load(in t0.Y, in t1.Y, in t2.Y, in t3.Y, in t4.Y, in t5.Y, in t6.Y, in t7.Y, out var y1);
        Lanes8.Load(in addends[0].X, in addends[1].X, in addends[2].X, in addends[3].X,
            in addends[4].X, in addends[5].X, in addends[6].X, in addends[7].X, out var x2);
        Lanes8.Load(in addends[0].Y, in addends[1].Y, in addends[2].Y, in addends[3].Y,
            in addends[4].Y, in addends[5].Y, in addends[6].Y, in addends[7].Y, out var y2);
        Lanes8.Load(inverses, out var inverse);

        Montgomery8<FpModulus>.Sub(y2, y1, out var lambda);
        Montgomery8<FpModulus>.Mul(lambda, inverse, out lambda);
        Montgomery8<FpModulus>.Mul(lambda, lambda, out var x3);
        Montgomery8<FpModulus>.Sub(x3, x1, out x3);
        Montgomery8<FpModulus>.Sub(x3, x2, out x3);
        Montgomery8<FpModulus>.Sub(x1, x3, out var y3);
        Montgomery8<FpModulus>.Mul(lambda, y3, out y3);
        Montgomery8<FpModulus>.Sub(y3, y1, out y3);

        // The targets are finite and stay finite (x1 ≠ x2), so only the coordinates change.
        x3.Store(ref X(ref t0), ref X(ref t1), ref X(ref t2), ref X(ref t3), ref X(ref t4), ref X(ref t5), ref X(ref t6), ref X(ref t7));
        y3.Store(ref Y(ref t0), ref Y(ref t1), ref Y(ref t2), ref Y(ref t3), ref Y(ref t4), ref Y(ref t5), ref Y(ref t6), ref Y(ref t7));
    }

    /// <summary>The same for eight pairs of G2 points, in Fp2 lanes, given inverses[k] = 1/(x2 − x1).</summary>
    public static void AddEight(
        ref G2Affine t0, ref G2Affine t1, ref G2Affine t2, ref G2Affine t3,
        ref G2Affine t4, ref G2Affine t5, ref G2Affine t6, ref G2Affine t7,
        ReadOnlySpan<G2Affine> addends, ReadOnlySpan<Fp2> inverses)
    {
        Fp2Lanes x1, y1, x2, y2, inverse;
        Lanes8.Load(in t0.X.C0, in t1.X.C0, in t2.X.C0, in t3.X.C0, in t4.X.C0, in t5.X.C0, in t6.X.C0, in t7.X.C0, out x1.C0);
        Lanes8.Load(in t0.X.C1, in t1.X.C1, in t2.X.C1, in t3.X.C1, in t4.X.C1, in t5.X.C1, in t6.X.C1, in t7.X.C1, out x1.C1);
        Lanes8.Load(in t0.Y.C0, in t1.Y.C0, in t2.Y.C0, in t3.Y.C0, in t4.Y.C0, in t5.Y.C0, in t6.Y.C0, in t7.Y.C0, out y1.C0);
        Lanes8.Load(in t0.Y.C1, in t1.Y.C1, in t2.Y.C1, in t3.Y.C1, in t4.Y.C1, in t5.Y.C1, in t6.Y.C1, in t7.Y.C1, out y1.C1);
        Lanes8.Load(in addends[0].X.C0, in addends[1].X.C0, in addends[2].X.C0, in addends[3].X.C0,
            in addends[4].X.C0, in addends[5].X.C0, in addends[6].X.C0, in addends[7].X.C0, out x2.C0);
        Lanes8.Load(in addends[0].X.C1, in addends[1].X.C1, in addends[2].X.C1, in addends[3].X.C1,
            in addends[4].X.C1, in addends[5].X.C1, in addends[6].X.C1, in addends[7].X.C1, out x2.C1);
        Lanes8.Load(in addends[0].Y.C0, in addends[1].Y.C0, in addends[2].Y.C0, in addends[3].Y.C0,
            in addends[4].Y.C0, in addends[5].Y.C0, in addends[6].Y.C0, in addends[7].Y.C0, out y2.C0);
        Lanes8.Load(in addends[0].Y.C1, in addends[1].Y.C1, in addends[2].Y.C1, in addends[3].Y.C1,
            in addends[4].Y.C1, in addends[5].Y.C1, in addends[6].Y.C1, in addends[7].Y.C1, out y2.C1);
        Lanes8.Load(in inverses[0].C0, in inverses[1].C0, in inverses[2].C0, in inverses[3].C0,
            in inverses[4].C0, in inverses[5].C0, in inverses[6].C0, in inverses[7].C0, out inverse.C0);
        Lanes8.Load(in inverses[0].C1, in inverses[1].C1, in inverses[2].C1, in inverses[3].C1,
            in inverses[4].C1, in inverses[5].C1, in inverses[6].C1, in inverses[7].C1, out inverse.C1);

        Fp2Lanes.Sub(y2, y1, out var lambda);
        Fp2Lanes.Mul(lambda, inverse, out lambda);
        Fp2Lanes.Square(lambda, out var x3);
        Fp2Lanes.Sub(x3, x1, out x3);
        Fp2Lanes.Sub(x3, x2, out x3);
        Fp2Lanes.Sub(x1, x3, out var y3);
        Fp2Lanes.Mul(lambda, y3, out y3);
        Fp2Lanes.Sub(y3, y1, out y3);

        x3.C0.Store(ref X(ref t0).C0(), ref X(ref t1).C0(), ref X(ref t2).C0(), ref X(ref t3).C0(), ref X(ref t4).C0(), ref X(ref t5).C0(), ref X(ref t6).C0(), ref X(ref t7).C0());
        x3.C1.Store(ref X(ref t0).C1(), ref X(ref t1).C1(), ref X(ref t2).C1(), ref X(ref t3).C1(), ref X(ref t4).C1(), ref X(ref t5).C1(), ref X(ref t6).C1(), ref X(ref t7).C1());
        y3.C0.Store(ref Y(ref t0).C0(), ref Y(ref t1).C0(), ref Y(ref t2).C0(), ref Y(ref t3).C0(), ref Y(ref t4).C0(), ref Y(ref t5).C0(), ref Y(ref t6).C0(), ref Y(ref t7).C0());
        y3.C1.Store(ref Y(ref t0).C1(), ref Y(ref t1).C1(), ref Y(ref t2).C1(), ref Y(ref t3).C1(), ref Y(ref t4).C1(), ref Y(ref t5).C1(), ref Y(ref t6).C1(), ref Y(ref t7).C1());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref Fp2 X(ref G2Affine p) => ref Unsafe.AsRef(in p.X);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref Fp2 Y(ref G2Affine p) => ref Unsafe.AsRef(in p.Y);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref Fp C0(this ref Fp2 e) => ref Unsafe.AsRef(in e.C0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref Fp C1(this ref Fp2 e) => ref Unsafe.AsRef(in e.C1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref Fp X(ref G1Affine p) => ref Unsafe.AsRef(in p.X);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref Fp Y(ref G1Affine p) => ref Unsafe.AsRef(in p.Y);
}
