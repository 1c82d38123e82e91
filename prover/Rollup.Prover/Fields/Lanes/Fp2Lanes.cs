using Rollup.Core.Fields.Lanes;
using F = Rollup.Core.Fields.Lanes.Montgomery8<Rollup.Prover.Fields.FpModulus>;

namespace Rollup.Prover.Fields.Lanes;

/// <summary>Eight Fp2 = Fp[u]/(u² + 1) elements: the real parts in <see cref="C0"/>, the imaginary parts in <see cref="C1"/>.</summary>
internal struct Fp2Lanes
{
    public Lanes8 C0, C1;

    /// <summary>Karatsuba: three lane products.</summary>
    public static void Mul(in Fp2Lanes a, in Fp2Lanes b, out Fp2Lanes r)
    {
        F.Mul(a.C0, b.C0, out var v0);
        F.Mul(a.C1, b.C1, out var v1);
        F.Add(a.C0, a.C1, out var sa);
        F.Add(b.C0, b.C1, out var sb);
        F.Mul(sa, sb, out var cross);
        F.Sub(cross, v0, out cross);
        F.Sub(cross, v1, out r.C1);
        F.Sub(v0, v1, out r.C0);
    }

    /// <summary>(a0 + a1)(a0 − a1) + 2·a0·a1·u: two lane products.</summary>
    public static void Square(in Fp2Lanes a, out Fp2Lanes r)
    {
        F.Add(a.C0, a.C1, out var sum);
        F.Sub(a.C0, a.C1, out var difference);
        F.Mul(a.C0, a.C1, out var cross);
        F.Mul(sum, difference, out r.C0);
        F.Add(cross, cross, out r.C1);
    }

    public static void Sub(in Fp2Lanes a, in Fp2Lanes b, out Fp2Lanes r)
    {
        F.Sub(a.C0, b.C0, out r.C0);
        F.Sub(a.C1, b.C1, out r.C1);
    }
}
