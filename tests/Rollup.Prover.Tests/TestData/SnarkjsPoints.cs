using System.Text.Json;
using Rollup.Prover.Curves;
using Rollup.Prover.Fields;

namespace Rollup.Prover.Tests.TestData;

/// <summary>
/// Reads snarkjs' JSON points: G1 as ["x", "y", "z"], G2 as [["x.c0", "x.c1"], ["y.c0", "y.c1"],
/// ["z.c0", "z.c1"]], Fp12 as [[[c, c] x3] x2]. snarkjs writes points in affine form, so z is
/// 1, or 0 for the point at infinity.
/// </summary>
public static class SnarkjsPoints
{
    public static G1Affine G1(JsonElement e)
    {
        var z = Fp.Parse(e[2].GetString()!);
        if (z.IsZero) return G1Affine.Infinity;
        Assert.True(z.IsOne, "snarkjs G1 points are affine");
        return new G1Affine(Fp.Parse(e[0].GetString()!), Fp.Parse(e[1].GetString()!));
    }

    public static Fp2 Fp2(JsonElement e) => Rollup.Prover.Fields.Fp2.Parse(e[0].GetString()!, e[1].GetString()!);

    public static G2Affine G2(JsonElement e)
    {
        var z = Fp2(e[2]);
        if (z.IsZero) return G2Affine.Infinity;
        Assert.True(z.IsOne, "snarkjs G2 points are affine");
        return new G2Affine(Fp2(e[0]), Fp2(e[1]));
    }

    public static Fp6 Fp6(JsonElement e) => new(Fp2(e[0]), Fp2(e[1]), Fp2(e[2]));

    public static Fp12 Fp12(JsonElement e) => new(Fp6(e[0]), Fp6(e[1]));
}
