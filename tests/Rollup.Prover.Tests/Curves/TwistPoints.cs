using Rollup.Prover.Curves;
using Rollup.Prover.Fields;

namespace Rollup.Prover.Tests.Curves;

internal static class TwistPoints
{
    /// <summary>A point on the twist found by trying x = 1 + u, 2 + u, ...; the cofactor makes it almost surely not in G2.</summary>
    public static G2Affine OutsideSubgroup()
    {
        for (ulong i = 1; ; i++)
        {
            var x = new Fp2(Fp.FromUInt64(i), Fp.One);
            if (Fp2.TrySqrt(Fp2.Square(x) * x + G2.B, out var y))
            {
                var p = new G2Affine(x, y);
                if (!p.IsInSubgroup) return p;
            }
        }
    }
}
